using System.Net;
using System.Text.Json;
using Estate.SharedKernel.Reports;
using Estate.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Estate.Modules.Cleaning.Tests;

/// <summary>Cleaning's report to the work meeting, on figures made for a company of its own, with customer service off and on.</summary>
[Collection(CleaningHostCollection.Name)]
public sealed class MeetingReportTests(CleaningHostFixture fixture)
{
    [Fact]
    public async Task The_report_shows_the_periods_completion_inspections_collections_dead_corners_and_eco_share()
    {
        var company = await fixture.NewCompanyAsync();
        await fixture.SwitchAsync(company, "customer-service", enabled: false);
        var today = Cleaning.Today;
        var yesterday = today.AddDays(-1);
        await MakeCleaningHistoryAsync(company, today);

        var report = await (await company.Manager.GetAsync($"/api/cleaning/reports/meeting?from={Cleaning.Iso(yesterday)}&to={Cleaning.Iso(today.AddDays(1))}"))
            .ReadAsync(HttpStatusCode.OK);

        Assert.Equal("cleaning", report.GetProperty("moduleId").GetString());
        Assert.Equal(Cleaning.At(yesterday, 0), report.GetProperty("period").GetProperty("from").GetDateTimeOffset());
        var indicators = report.GetProperty("indicators").EnumerateArray().ToDictionary(i => i.GetProperty("code").GetString()!);
        Assert.Equal(
            ["eco_friendly_share", "failed_inspections", "late_collections", "missed_collections", "open_dead_corners", "task_completion_rate"],
            indicators.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(75.0m, indicators["task_completion_rate"].GetProperty("value").GetDecimal());
        Assert.Equal(1m, indicators["failed_inspections"].GetProperty("value").GetDecimal());
        Assert.Equal(1m, indicators["late_collections"].GetProperty("value").GetDecimal());
        Assert.Equal(1m, indicators["missed_collections"].GetProperty("value").GetDecimal());
        Assert.Equal(1m, indicators["open_dead_corners"].GetProperty("value").GetDecimal());
        Assert.Equal(40.0m, indicators["eco_friendly_share"].GetProperty("value").GetDecimal());

        // The previous two days had no tasks, inspections, collections, dead corners or purchases.
        Assert.Equal(JsonValueKind.Null, indicators["task_completion_rate"].GetProperty("previousValue").ValueKind);
        Assert.Equal(0m, indicators["missed_collections"].GetProperty("previousValue").GetDecimal());
        Assert.Equal(0m, indicators["open_dead_corners"].GetProperty("previousValue").GetDecimal());
        Assert.Equal(1m, indicators["open_dead_corners"].GetProperty("change").GetDecimal());
        Assert.Equal(95m, indicators["task_completion_rate"].GetProperty("target").GetProperty("value").GetDecimal());

        var completionByProperty = indicators["task_completion_rate"].GetProperty("byProperty").EnumerateArray()
            .ToDictionary(p => p.GetProperty("propertyId").GetGuid(), p => p.GetProperty("value"));
        Assert.Equal(75.0m, completionByProperty[company.PropertyIds[0]].GetDecimal());
        Assert.Equal(JsonValueKind.Null, completionByProperty[company.PropertyIds[1]].ValueKind);

        var problems = report.GetProperty("openProblems").EnumerateArray().ToList();
        var deadCornerProblem = Assert.Single(problems);
        Assert.Equal("卫生死角：7号楼屋顶天台排水口", deadCornerProblem.GetProperty("title").GetString());
        Assert.Equal("cleaning.dead-corner", deadCornerProblem.GetProperty("recordType").GetString());
        Assert.NotEmpty(report.GetProperty("highlights").EnumerateArray());
    }

    [Fact]
    public async Task The_report_source_the_meetings_module_collects_gives_the_same_figures_without_customer_service()
    {
        var company = await fixture.NewCompanyAsync();
        await fixture.SwitchAsync(company, "customer-service", enabled: false);
        var today = Cleaning.Today;
        await MakeCleaningHistoryAsync(company, today);
        var period = new ReportPeriod(Cleaning.At(today.AddDays(-1), 0), Cleaning.At(today.AddDays(1), 0));

        await using var scope = fixture.ScopeOf(company.Id);
        var source = scope.ServiceProvider.GetServices<IDepartmentReportSource>().Single(s => s.ModuleId == "cleaning");
        var report = await source.BuildAsync(period, CancellationToken.None);

        Assert.Equal(75.0m, report.Indicators.Single(i => i.Code == "task_completion_rate").Value);
        Assert.Equal(40.0m, report.Indicators.Single(i => i.Code == "eco_friendly_share").Value);
        Assert.DoesNotContain(report.Indicators, i => i.Code == "cleaning_complaints");
    }

    [Fact]
    public async Task With_customer_service_on_the_report_counts_the_periods_cleaning_complaints_per_property()
    {
        var company = await fixture.NewCompanyAsync();
        var (north, south) = (company.PropertyIds[0], company.PropertyIds[1]);
        foreach (var (property, category) in new[] { (north, "cleaning"), (north, "cleaning"), (south, "cleaning"), (south, "noise") })
        {
            await (await company.Staff("customer-service").PostJsonAsync("/api/customer-service/complaints", new
            {
                propertyId = property, kind = "complaint", category, channel = "hotline", title = "楼道垃圾未及时清理",
            })).ReadAsync(HttpStatusCode.Created);
        }

        var report = await (await company.Manager.GetAsync(
                $"/api/cleaning/reports/meeting?from={Cleaning.Iso(Cleaning.Today)}&to={Cleaning.Iso(Cleaning.Today.AddDays(1))}"))
            .ReadAsync(HttpStatusCode.OK);

        var complaints = report.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "cleaning_complaints");
        Assert.Equal(3m, complaints.GetProperty("value").GetDecimal());
        var byProperty = complaints.GetProperty("byProperty").EnumerateArray().ToDictionary(p => p.GetProperty("propertyId").GetGuid(), p => p.GetProperty("value").GetDecimal());
        Assert.Equal(2m, byProperty[north]);
        Assert.Equal(1m, byProperty[south]);
    }

    [Fact]
    public async Task The_report_covers_the_last_thirty_days_by_default_and_refuses_a_period_ending_before_it_starts()
    {
        var company = fixture.CompanyA;

        var byDefault = await (await company.ReadOnly.GetAsync("/api/cleaning/reports/meeting")).ReadAsync(HttpStatusCode.OK);
        var backwards = await (await company.ReadOnly.GetAsync($"/api/cleaning/reports/meeting?from={Cleaning.Iso(Cleaning.Today)}&to={Cleaning.Iso(Cleaning.Today.AddDays(-1))}"))
            .ReadAsync(HttpStatusCode.BadRequest);

        var period = byDefault.GetProperty("period");
        Assert.Equal(Cleaning.At(Cleaning.Today.AddDays(1), 0), period.GetProperty("to").GetDateTimeOffset());
        Assert.Equal(TimeSpan.FromDays(30), period.GetProperty("to").GetDateTimeOffset() - period.GetProperty("from").GetDateTimeOffset());
        Assert.Equal(["to"], backwards.ErrorFields());
    }

    /// <summary>
    /// Today: four tasks of which three done (one inspection failed, one passed) and one missed; yesterday: one
    /// collection late and one missed; one dead corner open and one resolved; 200 元 eco of 500 元 spent.
    /// </summary>
    private async Task MakeCleaningHistoryAsync(TestCompany company, DateOnly today)
    {
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

        var staff = company.Staff(Cleaning.Module);
        var head = company.Head(Cleaning.Module);
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

        var late = TestCompany.IdOf(await company.CreatePointAsync("07:00:00"));
        var missed = TestCompany.IdOf(await company.CreatePointAsync("19:00:00"));
        await company.RecordCollectionAsync(late, Cleaning.At(today.AddDays(-1), 8));
        await fixture.Database.ExecuteAsync("UPDATE cleaning.collection_points SET active_from = $1 WHERE id = $2", today.AddDays(-1), missed);
        await fixture.RunJobAsync(company.Id, "MarkMissedCollections");

        var open = await company.ReportDeadCornerAsync(place: "7号楼屋顶天台排水口");
        var resolved = await company.ReportDeadCornerAsync(place: "东门绿化带");
        await (await staff.PostJsonAsync($"/api/cleaning/dead-corners/{TestCompany.IdOf(resolved)}/resolve", new { note = "已清理", version = resolved.Version() }))
            .ReadAsync(HttpStatusCode.OK);
        Assert.Equal("open", open.Status());

        await company.RecordPurchaseAsync(10, 20m, eco: true, today);
        await company.RecordPurchaseAsync(10, 30m, eco: false, today, item: "84消毒液");
    }
}
