using System.Net;
using System.Text.Json;
using Autofac;
using Estate.SharedKernel.Dashboard;
using Estate.SharedKernel.Reports;
using Estate.SharedKernel.Tenancy;
using Estate.Testing;
using static Estate.Modules.Security.Tests.SecurityApi;

namespace Estate.Modules.Security.Tests;

/// <summary>
/// The per-day patrol figures the report and dashboard read for complete days: the same figures as computed from the
/// rounds, rounds of today still counted, a second refresh changing nothing, other companies never counted.
/// </summary>
[Collection(SecurityHostCollection.Name)]
public sealed class ReportFiguresTests(SecurityHostFixture fixture)
{
    [Fact]
    public async Task Report_and_dashboard_show_the_same_patrol_figures_before_and_after_a_refresh_and_a_round_of_today_still_counts()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        var other = await TestCompany.CreateAsync(fixture.Host);
        await RoundsDaysAgoAsync(company);
        await RoundsDaysAgoAsync(other);
        await RefreshAsync(other.Id);
        var today = LocalDay(DateTimeOffset.UtcNow);
        var (from, to) = (today.AddDays(-10), today.AddDays(1));

        var live = await ReportAsync(company, from, to);
        var liveDashboard = await DashboardAsync(company.Id, from, to);
        await RefreshAsync(company.Id);
        var stored = await FiguresAsync(company.Id);
        var refreshed = await ReportAsync(company, from, to);
        var refreshedDashboard = await DashboardAsync(company.Id, from, to);
        await RefreshAsync(company.Id);

        Assert.NotEmpty(stored);
        Assert.Equal(live, refreshed);
        Assert.Equal(liveDashboard, refreshedDashboard);
        Assert.Equal(stored, await FiguresAsync(company.Id));
        using (var report = JsonDocument.Parse(refreshed))
        {
            Assert.Equal(75.0m, Value(report.RootElement, "patrol.completion_rate"));
            Assert.Equal(1m, Value(report.RootElement, "patrol.missed_checkpoints"));
            Assert.Equal(0m, Value(report.RootElement, "patrol.absences"));
        }

        // A round of today, not walked at all, after the refresh.
        var (head, start) = (company.Head("security"), TruncatedToMinute(DateTimeOffset.UtcNow.AddMinutes(-70)));
        await head.CreatePlanAsync(await head.CreateRouteAsync(company.PropertyIds[1], checkpoints: 2, durationMinutes: 60), [LocalClock(start)], latenessMinutes: 30);
        await fixture.RunJobAsync(company.Id, "ClosePatrolTasks", DateTimeOffset.UtcNow.AddHours(1));

        using var after = JsonDocument.Parse(await ReportAsync(company, from, to));
        Assert.Equal(1m, Value(after.RootElement, "patrol.absences"));
        Assert.Equal(3m, Value(after.RootElement, "patrol.missed_checkpoints"));
        Assert.Equal(50.0m, Value(after.RootElement, "patrol.completion_rate"));
    }

    // A round of 4 checkpoints on the first property, 2 walked on time, 1 late, 1 missed, moved back three days.
    private async Task RoundsDaysAgoAsync(TestCompany company)
    {
        var (head, guard) = (company.Head("security"), company.Staff("security"));
        var start = TruncatedToMinute(DateTimeOffset.UtcNow.AddMinutes(-70));
        var route = await head.CreateRouteAsync(company.PropertyIds[0], checkpoints: 4, durationMinutes: 60);
        await head.CreatePlanAsync(route, [LocalClock(start)], latenessMinutes: 30);
        await guard.CheckInAsync(CodesOf(route)[0], start.AddMinutes(10));
        await guard.CheckInAsync(CodesOf(route)[1], start.AddMinutes(20));
        await guard.CheckInAsync(CodesOf(route)[2]);
        await fixture.RunJobAsync(company.Id, "ClosePatrolTasks", DateTimeOffset.UtcNow.AddHours(1));
        await fixture.Database.ExecuteAsync(
            """
            UPDATE security.patrol_tasks
            SET scheduled_start = scheduled_start - interval '3 days', due_by = due_by - interval '3 days', window_closes_at = window_closes_at - interval '3 days'
            WHERE organization_id = $1 AND status IN ('Complete', 'Incomplete', 'Absent')
            """,
            company.Id);
    }

    // Refreshed as of two hours ago, so the day of "a round of today" (started 70 minutes ago, which is yesterday
    // just after local midnight) is never one the refresh covers, whenever the test runs.
    private Task RefreshAsync(Guid companyId) =>
        fixture.InScopeAsync(companyId, DateTimeOffset.UtcNow.AddHours(-2), async services =>
        {
            foreach (var refresher in services.Resolve<IEnumerable<IReportFiguresRefresher>>().Where(r => r.GetType().Namespace!.StartsWith("Estate.Modules.Security", StringComparison.Ordinal)))
            {
                await refresher.RunAsync(CancellationToken.None);
            }
        });

    private async Task<List<string>> FiguresAsync(Guid companyId) =>
        await fixture.Database.ColumnAsync($"SELECT f::text FROM security.daily_figures f WHERE organization_id = '{companyId}' ORDER BY day, property_id");

    // The report without its "as of" time, which differs between two builds.
    private static async Task<string> ReportAsync(TestCompany company, DateOnly from, DateOnly to)
    {
        var report = await (await company.Manager.GetAsync($"/api/security/reports/meeting?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}")).ReadAsync(HttpStatusCode.OK);
        return JsonSerializer.Serialize(report.EnumerateObject().Where(p => p.Name != "asOf").ToDictionary(p => p.Name, p => p.Value));
    }

    private async Task<string> DashboardAsync(Guid companyId, DateOnly from, DateOnly to)
    {
        DashboardSection? section = null;
        await fixture.InScopeAsync(companyId, DateTimeOffset.UtcNow, async services =>
        {
            var period = new ReportPeriod(CompanyCalendar.StartOf(from, Shanghai), CompanyCalendar.StartOf(to, Shanghai));
            section = await services.Resolve<IEnumerable<IDashboardSource>>().Single(s => s.ModuleId == "security").BuildAsync(new DashboardQuery(period, null), CancellationToken.None);
        });
        return JsonSerializer.Serialize(section);
    }

    private static decimal? Value(JsonElement report, string code) =>
        report.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("code").GetString() == code).GetProperty("value") is { ValueKind: not JsonValueKind.Null } value
            ? value.GetDecimal()
            : null;
}
