using System.Net;
using System.Text.Json;
using Estate.Testing;

namespace Estate.Modules.Cleaning.Tests;

/// <summary>Completing a day's task, inspecting it, redoing a failed one, and the tasks the job marks missed.</summary>
[Collection(CleaningHostCollection.Name)]
public sealed class TaskTests(CleaningHostFixture fixture)
{
    private TestCompany Company => fixture.CompanyA;

    private HttpClient Staff => Company.Staff(Cleaning.Module);

    private HttpClient Head => Company.Head(Cleaning.Module);

    [Fact]
    public async Task A_cleaner_completes_todays_task_and_the_task_shows_who_and_when()
    {
        var task = await Company.TodaysTaskAsync(fixture);
        var before = DateTimeOffset.UtcNow;

        var done = await CompleteAsync(Staff, task, new { note = "已拖洗两遍" });

        Assert.Equal("done", done.Status());
        Assert.Equal(Company.StaffUserId(Cleaning.Module), done.GetProperty("completedByUserId").GetGuid());
        Assert.StartsWith("cleaning-staff-", done.GetProperty("completedByName").GetString(), StringComparison.Ordinal);
        Assert.InRange(done.GetProperty("completedAt").GetDateTimeOffset(), before.AddSeconds(-5), DateTimeOffset.UtcNow.AddSeconds(5));
        Assert.Equal("已拖洗两遍", done.GetProperty("completionNote").GetString());
        var stored = await (await Company.ReadOnly.GetAsync($"/api/cleaning/tasks/{TestCompany.IdOf(task)}")).ReadAsync(HttpStatusCode.OK);
        Assert.Equal(done.Version(), stored.Version());
    }

    [Fact]
    public async Task A_group_leader_records_completion_for_a_named_cleaner_of_the_company_only()
    {
        var task = await Company.TodaysTaskAsync(fixture);
        var url = $"/api/cleaning/tasks/{TestCompany.IdOf(task)}/complete";

        var ofOtherCompany = await (await Head.PostJsonAsync(url, new { completedByUserId = fixture.CompanyB.StaffUserId(Cleaning.Module), version = task.Version() }))
            .ReadAsync(HttpStatusCode.BadRequest);
        var done = await (await Head.PostJsonAsync(url, new { completedByUserId = Company.StaffUserId(Cleaning.Module), version = task.Version() }))
            .ReadAsync(HttpStatusCode.OK);

        Assert.Equal(["completedByUserId"], ofOtherCompany.ErrorFields());
        Assert.Equal(Company.StaffUserId(Cleaning.Module), done.GetProperty("completedByUserId").GetGuid());
    }

    [Fact]
    public async Task Tomorrows_task_cannot_be_completed_today()
    {
        var today = await Company.TodaysTaskAsync(fixture);
        var tomorrow = (await Company.TasksOfScheduleAsync(today.GetProperty("scheduleId").GetGuid()))[1];

        var problem = await (await Staff.PostJsonAsync($"/api/cleaning/tasks/{TestCompany.IdOf(tomorrow)}/complete", new { version = tomorrow.Version() }))
            .ReadAsync(HttpStatusCode.Conflict);

        Assert.Equal("task.not_due", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_failed_inspection_sends_the_task_back_and_the_redone_task_can_pass()
    {
        var task = await CompleteAsync(Staff, await Company.TodaysTaskAsync(fixture), new { });

        var failed = await InspectAsync(task, new { passed = false, note = "楼梯转角处仍有积灰" });
        Assert.Equal("failed", failed.Status());
        var redone = await CompleteAsync(Staff, failed, new { note = "已返工" });
        Assert.Equal("done", redone.Status());
        Assert.Equal(1, redone.GetProperty("redoCount").GetInt32());
        var passed = await InspectAsync(redone, new { passed = true });

        Assert.Equal("passed", passed.Status());
        var inspections = passed.GetProperty("inspections").EnumerateArray().ToList();
        Assert.Equal([false, true], inspections.Select(i => i.GetProperty("passed").GetBoolean()));
        Assert.Equal("楼梯转角处仍有积灰", inspections[0].GetProperty("note").GetString());
        Assert.Equal(Company.HeadUserId(Cleaning.Module), inspections[1].GetProperty("inspectorUserId").GetGuid());
        var again = await (await Head.PostJsonAsync($"/api/cleaning/tasks/{TestCompany.IdOf(passed)}/inspect", new { passed = true, version = passed.Version() }))
            .ReadAsync(HttpStatusCode.Conflict);
        Assert.Equal("task.cannot_inspect", again.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Only_finished_work_is_inspected_a_failure_needs_a_note_and_only_the_head_inspects()
    {
        var task = await Company.TodaysTaskAsync(fixture);
        var url = $"/api/cleaning/tasks/{TestCompany.IdOf(task)}/inspect";

        var pending = await (await Head.PostJsonAsync(url, new { passed = true, version = task.Version() })).ReadAsync(HttpStatusCode.Conflict);
        var done = await CompleteAsync(Staff, task, new { });
        var noNote = await (await Head.PostJsonAsync(url, new { passed = false, version = done.Version() })).ReadAsync(HttpStatusCode.BadRequest);
        var byStaff = await Staff.PostJsonAsync(url, new { passed = true, version = done.Version() });

        Assert.Equal("task.cannot_inspect", pending.GetProperty("code").GetString());
        Assert.Equal(["note"], noNote.ErrorFields());
        Assert.Equal(HttpStatusCode.Forbidden, byStaff.StatusCode);
    }

    [Fact]
    public async Task Completing_with_a_version_read_before_another_change_is_409()
    {
        var task = await Company.TodaysTaskAsync(fixture);
        await CompleteAsync(Staff, task, new { });

        var stale = await (await Head.PostJsonAsync($"/api/cleaning/tasks/{TestCompany.IdOf(task)}/inspect", new { passed = true, version = task.Version() }))
            .ReadAsync(HttpStatusCode.Conflict);

        Assert.Equal("stale", stale.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Tasks_still_pending_when_their_window_closed_are_marked_missed_once()
    {
        var task = await Company.TodaysTaskAsync(fixture);
        var done = await Company.TodaysTaskAsync(fixture);
        await CompleteAsync(Staff, done, new { });
        await fixture.Database.ExecuteAsync(
            "UPDATE cleaning.tasks SET window_start = now() - interval '2 hours', window_end = now() - interval '1 minute' WHERE id = ANY($1)",
            new[] { TestCompany.IdOf(task), TestCompany.IdOf(done) });

        var closedWindow = await (await Staff.PostJsonAsync($"/api/cleaning/tasks/{TestCompany.IdOf(task)}/complete", new { version = (await GetAsync(task)).Version() }))
            .ReadAsync(HttpStatusCode.Conflict);
        await fixture.RunJobAsync(Company.Id, "MarkMissedCleaningTasks");
        var missed = await GetAsync(task);
        await fixture.RunJobAsync(Company.Id, "MarkMissedCleaningTasks");
        var afterSecondRun = await GetAsync(task);

        Assert.Equal("task.window_closed", closedWindow.GetProperty("code").GetString());
        Assert.Equal("missed", missed.Status());
        Assert.Equal(missed.GetProperty("missedAt").GetDateTimeOffset(), afterSecondRun.GetProperty("missedAt").GetDateTimeOffset());
        Assert.Equal(missed.Version(), afterSecondRun.Version());
        Assert.Equal("done", (await GetAsync(done)).Status());
        var tomorrow = (await Company.TasksOfScheduleAsync(task.GetProperty("scheduleId").GetGuid()))[1];
        Assert.Equal("pending", tomorrow.Status());
        var late = await (await Staff.PostJsonAsync($"/api/cleaning/tasks/{TestCompany.IdOf(task)}/complete", new { version = missed.Version() }))
            .ReadAsync(HttpStatusCode.Conflict);
        Assert.Equal("task.cannot_complete", late.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Tasks_are_listed_by_status_and_day()
    {
        var task = await Company.TodaysTaskAsync(fixture, property: 1);
        await CompleteAsync(Staff, task, new { });
        var today = Cleaning.Iso(Cleaning.Today);

        var doneToday = await (await Company.ReadOnly.GetAsync(
            $"/api/cleaning/tasks?propertyId={Company.PropertyIds[1]}&status=done&from={today}&to={Cleaning.Iso(Cleaning.Today.AddDays(1))}&pageSize=100")).ReadAsync(HttpStatusCode.OK);

        var items = doneToday.GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(items, t => t.GetProperty("id").GetGuid() == TestCompany.IdOf(task));
        Assert.All(items, t => Assert.Equal("done", t.Status()));
        Assert.All(items, t => Assert.Equal(today, t.GetProperty("date").GetString()));
    }

    private async Task<JsonElement> GetAsync(JsonElement task) =>
        await (await Company.ReadOnly.GetAsync($"/api/cleaning/tasks/{TestCompany.IdOf(task)}")).ReadAsync(HttpStatusCode.OK);

    private static async Task<JsonElement> CompleteAsync(HttpClient client, JsonElement task, object fields)
    {
        var body = JsonSerializer.SerializeToNode(fields, ApiClient.Json)!.AsObject();
        body["version"] = task.Version();
        return await (await client.PostJsonAsync($"/api/cleaning/tasks/{TestCompany.IdOf(task)}/complete", body)).ReadAsync(HttpStatusCode.OK);
    }

    private async Task<JsonElement> InspectAsync(JsonElement task, object fields)
    {
        var body = JsonSerializer.SerializeToNode(fields, ApiClient.Json)!.AsObject();
        body["version"] = task.Version();
        return await (await Head.PostJsonAsync($"/api/cleaning/tasks/{TestCompany.IdOf(task)}/inspect", body)).ReadAsync(HttpStatusCode.OK);
    }
}
