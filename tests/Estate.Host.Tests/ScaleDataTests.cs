using System.Net;
using Estate.Host.Seeding;
using Estate.SharedKernel.Seeding;
using Estate.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Estate.Host.Tests;

/// <summary>The small scale profile generated once for two companies, with every department module installed.</summary>
public sealed class ScaleDataFixture : IAsyncLifetime
{
    private ModuleFolders _modules = null!;

    public TestDatabase Database { get; private set; } = null!;

    public EstateHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync("scale");
        _modules = ModuleFolders.With("Engineering", "CustomerService", "Security", "Cleaning", "Finance", "Meetings");
        Host = new EstateHost(Database.ConnectionString, _modules.Path, new Dictionary<string, string?> { ["Jobs:Enabled"] = "false", ["Outbox:Enabled"] = "false" });
        Assert.True(await Generate());
    }

    public Task<bool> Generate() => Host.Services.GetRequiredService<ScaleDataCommand>().GenerateAsync(ScaleProfile.Small, 2, CancellationToken.None);

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Database.DisposeAsync();
        _modules.Dispose();
    }
}

public sealed class ScaleDataTests(ScaleDataFixture fixture) : IClassFixture<ScaleDataFixture>
{
    public static TheoryData<string, long> RowsPerCompany => new()
    {
        { "engineering.work_orders", ScaleProfile.Small.WorkOrders },
        { "customer_service.units", ScaleProfile.Small.Units },
        { "customer_service.complaints", ScaleProfile.Small.Complaints },
        { "cleaning.tasks", ScaleProfile.Small.CleaningTasks },
        { "meetings.meetings", ScaleProfile.Small.Meetings },
    };

    [Theory]
    [MemberData(nameof(RowsPerCompany))]
    public async Task Each_company_holds_the_profiles_rows(string table, long expected)
    {
        for (var company = 0; company < 2; company++)
        {
            Assert.Equal(expected, await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM {table} WHERE organization_id = $1", ScaleDataCommand.CompanyId(company)));
        }
    }

    [Fact]
    public async Task Bills_payments_and_patrol_check_ins_reach_the_profiles_size()
    {
        for (var company = 0; company < 2; company++)
        {
            var id = ScaleDataCommand.CompanyId(company);
            var bills = await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM finance.bills WHERE organization_id = $1", id);
            var payments = await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM finance.payments WHERE organization_id = $1", id);
            var checkIns = await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM security.patrol_check_ins WHERE organization_id = $1", id);
            Assert.InRange(bills + payments, ScaleProfile.Small.BillsAndPayments * 8 / 10, ScaleProfile.Small.BillsAndPayments * 12 / 10);
            Assert.InRange(checkIns, ScaleProfile.Small.PatrolCheckIns, ScaleProfile.Small.PatrolCheckIns * 11 / 10);
        }
    }

    [Fact]
    public async Task A_company_sees_only_its_own_generated_records_through_the_api()
    {
        var companyA = await fixture.Host.SignInAsync(ScaleDataCommand.Email(0, "companyadmin"), ScaleDataCommand.Password);
        var companyB = await fixture.Host.SignInAsync(ScaleDataCommand.Email(1, "companyadmin"), ScaleDataCommand.Password);

        foreach (var (client, company) in new[] { (companyA, 0), (companyB, 1) })
        {
            var workOrders = await (await client.GetAsync("/api/engineering/work-orders?pageSize=1")).ReadAsync(HttpStatusCode.OK);
            var complaints = await (await client.GetAsync("/api/customer-service/complaints?pageSize=1")).ReadAsync(HttpStatusCode.OK);
            Assert.Equal(ScaleProfile.Small.WorkOrders, workOrders.GetProperty("totalCount").GetInt32());
            Assert.Equal(ScaleProfile.Small.Complaints, complaints.GetProperty("totalCount").GetInt32());

            var otherCompany = ScaleDataCommand.CompanyId(1 - company);
            var otherOrder = await fixture.Database.ScalarAsync<Guid>("SELECT id FROM engineering.work_orders WHERE organization_id = $1 LIMIT 1", otherCompany);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/engineering/work-orders/{otherOrder}")).StatusCode);
        }
    }

    [Fact]
    public async Task Generating_again_leaves_the_companies_as_they_are()
    {
        Assert.True(await fixture.Generate());

        Assert.Equal(2L, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM platform.organizations WHERE name LIKE '规模测试物业%'"));
        Assert.Equal(2L * ScaleProfile.Small.WorkOrders, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM engineering.work_orders"));
    }
}
