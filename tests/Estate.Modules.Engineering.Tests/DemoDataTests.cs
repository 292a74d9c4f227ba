using System.Net;
using Estate.SharedKernel.Security;
using Estate.SharedKernel.Seeding;
using Estate.Testing;

namespace Estate.Modules.Engineering.Tests;

[Collection(EngineeringHostCollection.Name)]
public sealed class DemoDataTests(EngineeringHostFixture fixture)
{
    [Fact]
    public async Task The_demo_history_is_a_few_hundred_rows_shows_movement_in_the_report_and_is_added_only_once()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        var demo = new DemoCompany(
            company.Id,
            [new DemoProperty(company.PropertyIds[0], "阳光花园"), new DemoProperty(company.PropertyIds[1], "翠湖苑")],
            [
                new DemoUser(company.HeadUserId("engineering"), "head@demo.test", "张工", PlatformRoles.DepartmentHead, "engineering"),
                new DemoUser(company.StaffUserId("engineering"), "staff@demo.test", "刘师傅", PlatformRoles.Staff, "engineering"),
            ]);

        await SeedAsync(demo);
        var counts = await CountsAsync(company);
        await SeedAsync(demo);

        Assert.Equal(counts, await CountsAsync(company));
        Assert.InRange(counts.WorkOrders, 200, 1000);
        Assert.InRange(counts.Records, 30, 300);
        Assert.True(counts.Plans > 0 && counts.Projects > 0 && counts.Facilities > 0, counts.ToString());
        Assert.True(await ScalarAsync(company, "SELECT count(*) FROM engineering.work_orders WHERE organization_id = $1 AND reopen_count > 0") > 0);
        Assert.True(await ScalarAsync(company, "SELECT count(*) FROM engineering.work_orders WHERE organization_id = $1 AND status = 'Waiting'") > 0);
        Assert.True(await ScalarAsync(company, "SELECT count(*) FROM engineering.work_orders WHERE organization_id = $1 AND owner_rating IS NOT NULL") > 50);
        var report = await (await company.Manager.GetAsync("/api/engineering/reports/meeting")).ReadAsync(HttpStatusCode.OK);
        var opened = report.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "work_orders_opened");
        var onTime = report.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "completed_on_time_rate");
        Assert.True(opened.GetProperty("value").GetDecimal() > 0 && opened.GetProperty("previousValue").GetDecimal() > 0);
        Assert.NotEqual(0m, onTime.GetProperty("change").GetDecimal());
        Assert.NotEmpty(report.GetProperty("openProblems").EnumerateArray());
    }

    private async Task SeedAsync(DemoCompany demo)
    {
        await using var scope = EngineeringScope.For(fixture.Host, demo.OrganizationId);
        var seeder = scope.Resolve<IEnumerable<IDemoDataSeeder>>().Single(s => s.GetType().Name == "EngineeringDemoData");
        await seeder.SeedAsync(demo, CancellationToken.None);
    }

    private async Task<(long WorkOrders, long Records, long Plans, long Projects, long Facilities)> CountsAsync(TestCompany company) => (
        await ScalarAsync(company, "SELECT count(*) FROM engineering.work_orders WHERE organization_id = $1"),
        await ScalarAsync(company, "SELECT count(*) FROM engineering.maintenance_records WHERE organization_id = $1"),
        await ScalarAsync(company, "SELECT count(*) FROM engineering.maintenance_plans WHERE organization_id = $1"),
        await ScalarAsync(company, "SELECT count(*) FROM engineering.projects WHERE organization_id = $1"),
        await ScalarAsync(company, "SELECT count(*) FROM engineering.facilities WHERE organization_id = $1"));

    private Task<long> ScalarAsync(TestCompany company, string sql) => fixture.Database.ScalarAsync<long>(sql, company.Id);
}
