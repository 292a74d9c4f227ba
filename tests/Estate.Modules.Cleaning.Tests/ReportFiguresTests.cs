using System.Net;
using System.Text.Json;
using Estate.SharedKernel.Dashboard;
using Estate.SharedKernel.Reports;
using Estate.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Estate.Modules.Cleaning.Tests;

/// <summary>
/// The per-day task figures the report and dashboard read for complete days: the same figures as counted from the
/// tasks, a task of today still counted, a second refresh changing nothing, other companies never counted.
/// </summary>
[Collection(CleaningHostCollection.Name)]
public sealed class ReportFiguresTests(CleaningHostFixture fixture)
{
    [Fact]
    public async Task Report_and_dashboard_show_the_same_task_figures_before_and_after_a_refresh_and_a_task_of_today_still_counts()
    {
        var company = await fixture.NewCompanyAsync();
        var other = await fixture.NewCompanyAsync();
        var schedules = await TasksDaysAgoAsync(company);
        await TasksDaysAgoAsync(other);
        await RefreshAsync(other.Id);
        var today = Cleaning.Today;
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
        Assert.Equal(75.0m, CompletionRate(refreshed));

        // Today's task of one schedule, done after the refresh.
        await fixture.RunJobAsync(company.Id, "GenerateCleaningTasks");
        var task = (await company.TasksOfScheduleAsync(schedules[0])).Single(t => t.GetProperty("date").GetString() == Cleaning.Iso(today));
        await (await company.Staff(Cleaning.Module).PostJsonAsync($"/api/cleaning/tasks/{TestCompany.IdOf(task)}/complete", new { version = task.Version() }))
            .ReadAsync(HttpStatusCode.OK);

        Assert.Equal(80.0m, CompletionRate(await ReportAsync(company, from, to)));
    }

    /// <summary>Four tasks of today, three done (one inspection failed, one passed) and one missed, moved back three days.</summary>
    private async Task<List<Guid>> TasksDaysAgoAsync(TestCompany company)
    {
        var today = Cleaning.Today;
        var zone = TestCompany.IdOf(await company.CreateZoneAsync());
        var schedules = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            schedules.Add(TestCompany.IdOf(await company.CreateScheduleAsync(zone, task: $"任务 {i}")));
        }

        await fixture.RunJobAsync(company.Id, "GenerateCleaningTasks");
        var tasks = new List<JsonElement>();
        foreach (var schedule in schedules)
        {
            tasks.Add((await company.TasksOfScheduleAsync(schedule)).Single(t => t.GetProperty("date").GetString() == Cleaning.Iso(today)));
        }

        var (staff, head) = (company.Staff(Cleaning.Module), company.Head(Cleaning.Module));
        var done = new List<JsonElement>();
        foreach (var task in tasks.Take(3))
        {
            done.Add(await (await staff.PostJsonAsync($"/api/cleaning/tasks/{TestCompany.IdOf(task)}/complete", new { version = task.Version() })).ReadAsync(HttpStatusCode.OK));
        }

        await (await head.PostJsonAsync($"/api/cleaning/tasks/{TestCompany.IdOf(done[0])}/inspect", new { passed = false, note = "地面有水渍", version = done[0].Version() }))
            .ReadAsync(HttpStatusCode.OK);
        await (await head.PostJsonAsync($"/api/cleaning/tasks/{TestCompany.IdOf(done[1])}/inspect", new { passed = true, version = done[1].Version() }))
            .ReadAsync(HttpStatusCode.OK);
        await fixture.Database.ExecuteAsync("UPDATE cleaning.tasks SET window_end = now() - interval '1 minute' WHERE id = $1", TestCompany.IdOf(tasks[3]));
        await fixture.RunJobAsync(company.Id, "MarkMissedCleaningTasks");
        await fixture.Database.ExecuteAsync(
            """
            UPDATE cleaning.tasks SET date = date - 3, window_start = window_start - interval '3 days', window_end = window_end - interval '3 days'
            WHERE organization_id = $1 AND date = $2
            """,
            company.Id,
            today);
        return schedules;
    }

    private async Task RefreshAsync(Guid companyId)
    {
        await using var scope = fixture.ScopeOf(companyId);
        foreach (var refresher in scope.ServiceProvider.GetServices<IReportFiguresRefresher>().Where(r => r.GetType().Namespace!.StartsWith("Estate.Modules.Cleaning", StringComparison.Ordinal)))
        {
            await refresher.RunAsync(CancellationToken.None);
        }
    }

    private async Task<List<string>> FiguresAsync(Guid companyId) =>
        await fixture.Database.ColumnAsync($"SELECT f::text FROM cleaning.daily_figures f WHERE organization_id = '{companyId}' ORDER BY day, property_id");

    // The report without its "as of" time, which differs between two builds.
    private static async Task<string> ReportAsync(TestCompany company, DateOnly from, DateOnly to)
    {
        var report = await (await company.Manager.GetAsync($"/api/cleaning/reports/meeting?from={Cleaning.Iso(from)}&to={Cleaning.Iso(to)}")).ReadAsync(HttpStatusCode.OK);
        return JsonSerializer.Serialize(report.EnumerateObject().Where(p => p.Name != "asOf").ToDictionary(p => p.Name, p => p.Value));
    }

    private async Task<string> DashboardAsync(Guid companyId, DateOnly from, DateOnly to)
    {
        await using var scope = fixture.ScopeOf(companyId);
        var period = new ReportPeriod(Cleaning.At(from, 0), Cleaning.At(to, 0));
        var section = await scope.ServiceProvider.GetServices<IDashboardSource>().Single(s => s.ModuleId == "cleaning").BuildAsync(new DashboardQuery(period, null), CancellationToken.None);
        return JsonSerializer.Serialize(section);
    }

    private static decimal? CompletionRate(string report)
    {
        using var document = JsonDocument.Parse(report);
        var value = document.RootElement.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "task_completion_rate").GetProperty("value");
        return value.ValueKind == JsonValueKind.Null ? null : value.GetDecimal();
    }
}
