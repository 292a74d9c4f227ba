using System.Net;
using Estate.SharedKernel.Seeding;
using Estate.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Estate.Modules.Cleaning.Tests;

/// <summary>Cleaning's demo data, seeded into a company of its own as the Host's demo seeder would.</summary>
[Collection(CleaningHostCollection.Name)]
public sealed class DemoDataTests(CleaningHostFixture fixture)
{
    [Fact]
    public async Task Demo_data_gives_three_months_of_believable_history_and_a_second_run_adds_nothing()
    {
        var company = await fixture.NewCompanyAsync();
        var demo = new DemoCompany(
            company.Id,
            [new DemoProperty(company.PropertyIds[0], "阳光花园"), new DemoProperty(company.PropertyIds[1], "翠湖苑")],
            [
                new DemoUser(company.HeadUserId(Cleaning.Module), "head@demo", "周主管", "department-head", Cleaning.Module),
                new DemoUser(company.StaffUserId(Cleaning.Module), "staff@demo", "孙阿姨", "staff", Cleaning.Module),
            ]);

        await SeedAsync(demo);
        var tasks = await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM cleaning.tasks WHERE organization_id = $1", company.Id);
        await SeedAsync(demo);

        Assert.Equal(tasks, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM cleaning.tasks WHERE organization_id = $1", company.Id));
        Assert.InRange(tasks, 500, 2000);
        var report = await (await company.Manager.GetAsync("/api/cleaning/reports/meeting")).ReadAsync(HttpStatusCode.OK);
        var indicators = report.GetProperty("indicators").EnumerateArray().ToDictionary(i => i.GetProperty("code").GetString()!, i => i.GetProperty("value"));
        Assert.InRange(indicators["task_completion_rate"].GetDecimal(), 85m, 99.5m);
        Assert.InRange(indicators["failed_inspections"].GetDecimal(), 1m, 100m);
        Assert.InRange(indicators["late_collections"].GetDecimal(), 1m, 30m);
        Assert.InRange(indicators["eco_friendly_share"].GetDecimal(), 30m, 60m);
        Assert.InRange(indicators["open_dead_corners"].GetDecimal(), 1m, 10m);
        var missedTasks = await (await company.ReadOnly.GetAsync("/api/cleaning/tasks?status=missed")).ReadAsync(HttpStatusCode.OK);
        Assert.True(missedTasks.GetProperty("totalCount").GetInt32() > 0);
        var missedCollections = await (await company.ReadOnly.GetAsync("/api/cleaning/collections?status=missed")).ReadAsync(HttpStatusCode.OK);
        Assert.True(missedCollections.GetProperty("totalCount").GetInt32() > 0);
    }

    private async Task SeedAsync(DemoCompany demo)
    {
        await using var scope = fixture.ScopeOf(demo.OrganizationId);
        var seeder = scope.ServiceProvider.GetServices<IDemoDataSeeder>().Single(s => s.GetType().Assembly.GetName().Name == "Estate.Modules.Cleaning");
        await seeder.SeedAsync(demo, CancellationToken.None);
    }
}
