using Autofac;
using Estate.SharedKernel.Dashboard;
using Estate.SharedKernel.Reports;
using Estate.Testing;
using static Estate.Modules.Security.Tests.SecurityApi;

namespace Estate.Modules.Security.Tests;

/// <summary>Security's part of the dashboard: patrol completion and incidents.</summary>
[Collection(SecurityHostCollection.Name)]
public sealed class DashboardTests(SecurityHostFixture fixture)
{
    [Fact]
    public async Task The_dashboard_shows_patrol_completion_missed_rounds_and_incidents_of_the_period()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        var (head, guard) = (company.Head("security"), company.Staff("security"));
        var propertyId = company.PropertyIds[0];
        var start = TruncatedToMinute(DateTimeOffset.UtcNow.AddMinutes(-70));
        var walked = await head.CreateRouteAsync(propertyId, checkpoints: 2);
        var halfWalked = await head.CreateRouteAsync(propertyId, checkpoints: 2);
        var skipped = await head.CreateRouteAsync(propertyId, checkpoints: 2);
        foreach (var route in new[] { walked, halfWalked, skipped })
        {
            await head.CreatePlanAsync(route, [LocalClock(start)], latenessMinutes: 30);
        }

        await guard.CheckInAsync(CodesOf(walked)[0], start.AddMinutes(5));
        await guard.CheckInAsync(CodesOf(walked)[1], start.AddMinutes(10));
        await guard.CheckInAsync(CodesOf(halfWalked)[0], start.AddMinutes(5));
        await fixture.RunJobAsync(company.Id, "ClosePatrolTasks", TruncatedToMinute(DateTimeOffset.UtcNow).AddHours(1));
        var closed = await guard.ReportIncidentAsync(propertyId, occurredAt: start);
        await guard.ReportIncidentAsync(propertyId, occurredAt: start.AddMinutes(1));
        await (await guard.PostJsonAsync($"/api/security/incidents/{TestCompany.IdOf(closed)}/close", new { closure = "已追回", version = VersionOf(closed) }))
            .ReadAsync(System.Net.HttpStatusCode.OK);

        var period = new ReportPeriod(start.AddMinutes(-1), start.AddMinutes(30));
        var section = await BuildAsync(company.Id, new DashboardQuery(period, propertyId));
        var elsewhere = await BuildAsync(company.Id, new DashboardQuery(period, company.PropertyIds[1]));

        Assert.Equal(33.3m, Figure(section, "security.patrol-completion"));
        Assert.Equal(1m, Figure(section, "security.patrols-missed"));
        Assert.Equal(2m, Figure(section, "security.incidents"));
        Assert.Equal(1m, Figure(section, "security.incidents-open"));
        var outcomes = section.Charts.Single(c => c.Code == "security.patrol-outcomes");
        Assert.Equal(ChartKind.Donut, outcomes.Kind);
        Assert.Equal([1m, 1m, 1m], outcomes.Series.Single().Values);
        Assert.Equal("/security/patrol-tasks", outcomes.Link);
        Assert.Null(Figure(elsewhere, "security.patrol-completion"));
        Assert.Equal(0m, Figure(elsewhere, "security.incidents"));
    }

    private async Task<DashboardSection> BuildAsync(Guid companyId, DashboardQuery query)
    {
        DashboardSection? section = null;
        await fixture.InScopeAsync(companyId, DateTimeOffset.UtcNow, async scope =>
            section = await scope.Resolve<IEnumerable<IDashboardSource>>().Single(s => s.ModuleId == "security").BuildAsync(query, CancellationToken.None));
        return section!;
    }

    private static decimal? Figure(DashboardSection section, string code) => section.Headlines.Single(f => f.Code == code).Value;
}
