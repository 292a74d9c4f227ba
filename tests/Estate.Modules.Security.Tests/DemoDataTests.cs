using System.Net;
using Estate.SharedKernel.Modules;
using Estate.SharedKernel.Security;
using Estate.SharedKernel.Seeding;
using Estate.Testing;
using Microsoft.Extensions.DependencyInjection;
using Autofac;

namespace Estate.Modules.Security.Tests;

[Collection(SecurityHostCollection.Name)]
public sealed class DemoDataTests(SecurityHostFixture fixture)
{
    [Fact]
    public async Task Demo_data_gives_three_months_of_believable_history_once()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        var demo = new DemoCompany(
            company.Id,
            [new DemoProperty(company.PropertyIds[0], "阳光花园"), new DemoProperty(company.PropertyIds[1], "翠湖苑")],
            [
                new DemoUser(company.HeadUserId("security"), "head@demo", "赵队长", PlatformRoles.DepartmentHead, "security"),
                new DemoUser(company.StaffUserId("security"), "staff@demo", "孙保安", PlatformRoles.Staff, "security"),
            ]);

        await SeedAsync(demo);
        var tasks = await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM security.patrol_tasks WHERE organization_id = $1", company.Id);
        await SeedAsync(demo);

        Assert.Equal(tasks, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM security.patrol_tasks WHERE organization_id = $1", company.Id));
        Assert.True(tasks > 500, $"{tasks} patrol tasks");
        var report = await (await company.Manager.GetAsync("/api/security/reports/meeting")).ReadAsync(HttpStatusCode.OK);
        var completion = report.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "patrol.completion_rate");
        Assert.InRange(completion.GetProperty("value").GetDecimal(), 85m, 99m);
        Assert.InRange(completion.GetProperty("previousValue").GetDecimal(), 85m, 99m);
        Assert.NotEmpty(report.GetProperty("openProblems").EnumerateArray());
        var due = await (await company.ReadOnly.GetAsync("/api/security/fire-safety/areas/due")).ReadAsync(HttpStatusCode.OK);
        Assert.Contains(due.GetProperty("items").EnumerateArray(), a => a.GetProperty("isOverdue").GetBoolean());
        var repairs = await (await company.ReadOnly.GetAsync("/api/security/access-problems?withoutWorkOrder=false")).ReadAsync(HttpStatusCode.OK);
        Assert.True(repairs.GetProperty("totalCount").GetInt32() >= 2);
        var roster = await (await company.ReadOnly.GetAsync($"/api/security/roster?from={DateTime.UtcNow:yyyy-MM-dd}&to={DateTime.UtcNow.AddDays(7):yyyy-MM-dd}")).ReadAsync(HttpStatusCode.OK);
        Assert.True(roster.GetProperty("totalCount").GetInt32() >= 14);
    }

    private Task SeedAsync(DemoCompany demo) =>
        fixture.InScopeAsync(demo.OrganizationId, DateTimeOffset.UtcNow, async scope =>
        {
            var security = fixture.Host.Services.GetRequiredService<IModuleCatalog>().Modules.Single(m => m.Manifest.Id == "security");
            foreach (var seeder in scope.Resolve<IEnumerable<IDemoDataSeeder>>().Where(s => security.Owns(s.GetType())))
            {
                await seeder.SeedAsync(demo, CancellationToken.None);
            }
        });
}
