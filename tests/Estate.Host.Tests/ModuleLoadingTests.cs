using System.Net;
using Estate.Testing;

namespace Estate.Host.Tests;

[Collection(PlatformHostCollection.Name)]
public sealed class ModuleLoadingTests(PlatformHostFixture fixture)
{
    [Fact]
    public async Task Host_loads_engineering_from_the_modules_folder_and_lists_it_as_on()
    {
        var modules = await (await fixture.CompanyA.Admin.GetAsync("/api/platform/modules")).ReadAsync(HttpStatusCode.OK);

        var engineering = modules.EnumerateArray().Single(m => m.GetProperty("id").GetString() == "engineering");
        Assert.Equal("engineering", engineering.GetProperty("schema").GetString());
        Assert.Equal("工程维修", engineering.GetProperty("nameZh").GetString());
        Assert.True(engineering.GetProperty("enabled").GetBoolean());
    }

    [Fact]
    public async Task Each_module_has_its_own_schema_and_migrations_history_and_nothing_lands_in_public()
    {
        var publicTables = await fixture.Database.ColumnAsync(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'");
        var histories = await fixture.Database.ColumnAsync(
            "SELECT table_schema FROM information_schema.tables WHERE table_name = '__ef_migrations_history' ORDER BY 1");
        var engineeringTables = await fixture.Database.ColumnAsync(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'engineering'");

        Assert.Empty(publicTables);
        Assert.Equal(["engineering", "platform", "probe"], histories);
        Assert.Contains("work_orders", engineeringTables);
        Assert.Contains("outbox_messages", engineeringTables);
        Assert.Contains("inbox_messages", engineeringTables);
    }

    [Fact]
    public async Task Tenant_tables_are_keyed_by_company_first()
    {
        var keyColumns = await fixture.Database.ColumnAsync(
            """
            SELECT string_agg(a.attname, ',' ORDER BY array_position(i.indkey, a.attnum))
            FROM pg_index i
            JOIN pg_class c ON c.oid = i.indrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = ANY(i.indkey)
            WHERE i.indisprimary AND n.nspname = 'engineering' AND c.relname = 'work_orders'
            GROUP BY i.indexrelid
            """);

        Assert.Equal(["organization_id,id"], keyColumns);
    }
}
