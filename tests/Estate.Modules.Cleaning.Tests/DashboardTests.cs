using System.Net;
using Estate.SharedKernel.Dashboard;
using Estate.SharedKernel.Reports;
using Estate.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Estate.Modules.Cleaning.Tests;

/// <summary>Cleaning's part of the dashboard: task completion and how inspections went.</summary>
[Collection(CleaningHostCollection.Name)]
public sealed class DashboardTests(CleaningHostFixture fixture)
{
    [Fact]
    public async Task The_dashboard_shows_the_share_of_tasks_done_and_of_inspections_passed()
    {
        var company = await fixture.NewCompanyAsync();
        var (staff, head) = (company.Staff(Cleaning.Module), company.Head(Cleaning.Module));
        var passed = await company.TodaysTaskAsync(fixture);
        var failed = await company.TodaysTaskAsync(fixture);
        await company.TodaysTaskAsync(fixture);
        await InspectAsync(head, await CompleteAsync(staff, passed), passed: true);
        await InspectAsync(head, await CompleteAsync(staff, failed), passed: false);

        var today = new ReportPeriod(Cleaning.At(Cleaning.Today, 0), Cleaning.At(Cleaning.Today.AddDays(1), 0));
        var section = await BuildAsync(company.Id, new DashboardQuery(today, company.PropertyIds[0]));
        var elsewhere = await BuildAsync(company.Id, new DashboardQuery(today, company.PropertyIds[1]));

        Assert.Equal(66.7m, Figure(section, "cleaning.task-completion"));
        Assert.Equal(50m, Figure(section, "cleaning.inspection-pass-rate"));
        Assert.Equal(0m, Figure(section, "cleaning.tasks-missed"));
        var byStatus = section.Charts.Single(c => c.Code == "cleaning.tasks-by-status");
        Assert.Equal([1m, 0m, 1m, 1m, 0m], byStatus.Series.Single().Values);
        Assert.Equal("/cleaning/tasks", byStatus.Link);
        Assert.Null(Figure(elsewhere, "cleaning.task-completion"));
    }

    private static async Task<System.Text.Json.JsonElement> CompleteAsync(HttpClient staff, System.Text.Json.JsonElement task) =>
        await (await staff.PostJsonAsync($"/api/cleaning/tasks/{TestCompany.IdOf(task)}/complete", new { version = task.Version() })).ReadAsync(HttpStatusCode.OK);

    private static async Task InspectAsync(HttpClient head, System.Text.Json.JsonElement task, bool passed) =>
        await (await head.PostJsonAsync($"/api/cleaning/tasks/{TestCompany.IdOf(task)}/inspect", new { passed, note = passed ? null : "玻璃有水痕", version = task.Version() }))
            .ReadAsync(HttpStatusCode.OK);

    private async Task<DashboardSection> BuildAsync(Guid companyId, DashboardQuery query)
    {
        await using var scope = fixture.ScopeOf(companyId);
        return await scope.ServiceProvider.GetServices<IDashboardSource>().Single(s => s.ModuleId == "cleaning").BuildAsync(query, CancellationToken.None);
    }

    private static decimal? Figure(DashboardSection section, string code) => section.Headlines.Single(f => f.Code == code).Value;
}
