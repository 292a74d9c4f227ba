using System.Net;
using System.Text.Json;
using Estate.Testing;
using static Estate.Modules.Security.Tests.SecurityApi;

namespace Estate.Modules.Security.Tests;

[Collection(SecurityHostCollection.Name)]
public sealed class PatrolTests(SecurityHostFixture fixture)
{
    private TestCompany Company => fixture.CompanyA;

    private HttpClient Head => Company.Head("security");

    private HttpClient Guard => Company.Staff("security");

    [Fact]
    public async Task The_job_makes_rounds_for_the_next_two_days_on_planned_weekdays_and_running_it_twice_adds_none()
    {
        var route = await Head.CreateRouteAsync(Company.PropertyIds[0], checkpoints: 3, durationMinutes: 30);
        var plan = await Head.CreatePlanAsync(route, ["08:00", "20:00"], latenessMinutes: 10, weekdays: ["monday", "wednesday"]);
        // A Monday at least a week ahead, 10:00 local: Monday 08:00 has closed, Wednesday 20:00 is past the horizon.
        var today = LocalDay(DateTimeOffset.UtcNow);
        var monday = today.AddDays(7 + (((int)DayOfWeek.Monday - (int)today.DayOfWeek + 7) % 7));
        var at = new DateTimeOffset(monday.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8));

        await fixture.RunJobAsync(Company.Id, "SchedulePatrolTasks", at);
        await fixture.RunJobAsync(Company.Id, "SchedulePatrolTasks", at);

        var tasks = await Head.TasksAsync(plan, monday, monday.AddDays(3));
        Assert.Equal(
            [new DateTimeOffset(monday.ToDateTime(new TimeOnly(20, 0)), TimeSpan.FromHours(8)), new DateTimeOffset(monday.AddDays(2).ToDateTime(new TimeOnly(8, 0)), TimeSpan.FromHours(8))],
            tasks.Select(t => t.GetProperty("scheduledStart").GetDateTimeOffset()));
        Assert.All(tasks, t =>
        {
            Assert.Equal("scheduled", t.GetProperty("status").GetString());
            Assert.Equal(3, t.GetProperty("checkpointCount").GetInt32());
            Assert.Equal(TimeSpan.FromMinutes(40), t.GetProperty("windowClosesAt").GetDateTimeOffset() - t.GetProperty("scheduledStart").GetDateTimeOffset());
        });
        Assert.Equal(6L, await fixture.Database.ScalarAsync<long>(
            "SELECT count(*) FROM security.patrol_task_checkpoints c JOIN security.patrol_tasks t ON t.id = c.task_id WHERE t.plan_id = $1 AND t.scheduled_start > $2",
            TestCompany.IdOf(plan), at.AddDays(-1).ToUniversalTime()));
    }

    [Fact]
    public async Task Check_ins_mark_checkpoints_done_or_late_and_a_round_with_every_checkpoint_checked_in_is_complete()
    {
        var route = await Head.CreateRouteAsync(Company.PropertyIds[0], checkpoints: 3, durationMinutes: 60);
        var codes = CodesOf(route);
        // Started 70 minutes ago: due 10 minutes ago, window open 20 minutes more.
        var start = TruncatedToMinute(DateTimeOffset.UtcNow.AddMinutes(-70));
        var plan = await Head.CreatePlanAsync(route, [LocalClock(start)], latenessMinutes: 30);

        var first = await Guard.CheckInAsync(codes[0], start.AddMinutes(10));
        var second = await Guard.CheckInAsync(codes[1].ToLowerInvariant());
        var again = await Guard.CheckInAsync(codes[0]);
        var task = await Guard.TaskAtAsync(plan, start);
        Assert.Equal("inProgress", task.GetProperty("status").GetString());
        var last = await Guard.CheckInAsync(codes[2]);

        Assert.Equal("onTime", first.GetProperty("outcome").GetString());
        Assert.Equal("late", second.GetProperty("outcome").GetString());
        Assert.Equal("alreadyCheckedIn", again.GetProperty("outcome").GetString());
        Assert.Equal("late", last.GetProperty("outcome").GetString());
        Assert.Equal(TestCompany.IdOf(task), first.GetProperty("taskId").GetGuid());
        var details = await Guard.TaskDetailsAsync(task);
        Assert.Equal("complete", details.GetProperty("task").GetProperty("status").GetString());
        Assert.Equal(3, details.GetProperty("task").GetProperty("checkedInCount").GetInt32());
        Assert.Equal(2, details.GetProperty("task").GetProperty("lateCount").GetInt32());
        Assert.Equal(["done", "late", "late"], details.GetProperty("checkpoints").EnumerateArray().Select(c => c.GetProperty("status").GetString()));
        Assert.Equal(start.AddMinutes(10), details.GetProperty("checkpoints")[0].GetProperty("checkedInAt").GetDateTimeOffset());
        Assert.Equal(Company.StaffUserId("security"), details.GetProperty("checkpoints")[0].GetProperty("checkedInByUserId").GetGuid());
    }

    [Fact]
    public async Task Closing_marks_checkpoints_not_checked_in_missed_and_rounds_incomplete_or_absent_once()
    {
        var walked = await Head.CreateRouteAsync(Company.PropertyIds[1], checkpoints: 2, durationMinutes: 60);
        var skipped = await Head.CreateRouteAsync(Company.PropertyIds[1], checkpoints: 2, durationMinutes: 60);
        var start = TruncatedToMinute(DateTimeOffset.UtcNow.AddMinutes(-70));
        var walkedPlan = await Head.CreatePlanAsync(walked, [LocalClock(start)], latenessMinutes: 30);
        var skippedPlan = await Head.CreatePlanAsync(skipped, [LocalClock(start)], latenessMinutes: 30);
        await Guard.CheckInAsync(CodesOf(walked)[0], start.AddMinutes(5));

        var later = TruncatedToMinute(DateTimeOffset.UtcNow).AddHours(1);
        await fixture.RunJobAsync(Company.Id, "ClosePatrolTasks", later);
        var incomplete = await Head.TaskDetailsAsync(await Head.TaskAtAsync(walkedPlan, start));
        var absent = await Head.TaskDetailsAsync(await Head.TaskAtAsync(skippedPlan, start));
        await fixture.RunJobAsync(Company.Id, "ClosePatrolTasks", later.AddHours(1));

        Assert.Equal("incomplete", incomplete.GetProperty("task").GetProperty("status").GetString());
        Assert.Equal(["done", "missed"], incomplete.GetProperty("checkpoints").EnumerateArray().Select(c => c.GetProperty("status").GetString()));
        Assert.Equal("absent", absent.GetProperty("task").GetProperty("status").GetString());
        Assert.Equal(2, absent.GetProperty("task").GetProperty("missedCount").GetInt32());
        Assert.Equal(later, absent.GetProperty("task").GetProperty("closedAt").GetDateTimeOffset());
        var afterSecondRun = await Head.TaskDetailsAsync(await Head.TaskAtAsync(skippedPlan, start));
        Assert.Equal(later, afterSecondRun.GetProperty("task").GetProperty("closedAt").GetDateTimeOffset());
        // Tomorrow's round of the same plan is untouched.
        var tomorrow = await Head.TaskAtAsync(walkedPlan, start.AddDays(1));
        Assert.Equal("scheduled", tomorrow.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_scan_where_no_round_is_open_counts_for_nothing_and_is_kept_on_record()
    {
        var route = await Head.CreateRouteAsync(Company.PropertyIds[0], checkpoints: 1);

        var scan = await Guard.CheckInAsync(CodesOf(route)[0]);

        Assert.Equal("noTask", scan.GetProperty("outcome").GetString());
        Assert.Equal(JsonValueKind.Null, scan.GetProperty("taskId").ValueKind);
        Assert.Equal(1L, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM security.patrol_check_ins WHERE checkpoint_code = $1", CodesOf(route)[0]));
    }

    [Fact]
    public async Task A_check_in_with_an_unknown_code_or_another_companys_code_is_400_naming_the_code()
    {
        var ofB = await fixture.CompanyB.Head("security").CreateRouteAsync(fixture.CompanyB.PropertyIds[0], checkpoints: 1);
        var codeOfB = CodesOf(ofB)[0];
        await fixture.CompanyB.Head("security").CreatePlanAsync(ofB, [LocalClock(DateTimeOffset.UtcNow)]);

        var unknown = await (await Guard.PostJsonAsync("/api/security/patrol/check-ins", new { checkpointCode = "NO-SUCH-TAG" })).ReadAsync(HttpStatusCode.BadRequest);
        var foreign = await (await Guard.PostJsonAsync("/api/security/patrol/check-ins", new { checkpointCode = codeOfB })).ReadAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["checkpointCode"], unknown.ErrorFields());
        Assert.Equal(["checkpointCode"], foreign.ErrorFields());
        Assert.Equal(0L, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM security.patrol_check_ins WHERE checkpoint_code = $1", codeOfB));
    }

    [Fact]
    public async Task Check_ins_from_the_future_or_older_than_two_days_and_half_positions_are_refused()
    {
        var route = await Head.CreateRouteAsync(Company.PropertyIds[0], checkpoints: 1);
        var code = CodesOf(route)[0];

        var future = await (await Guard.PostJsonAsync("/api/security/patrol/check-ins", new { checkpointCode = code, checkedInAt = DateTimeOffset.UtcNow.AddHours(1) }))
            .ReadAsync(HttpStatusCode.BadRequest);
        var stale = await (await Guard.PostJsonAsync("/api/security/patrol/check-ins", new { checkpointCode = code, checkedInAt = DateTimeOffset.UtcNow.AddDays(-3) }))
            .ReadAsync(HttpStatusCode.BadRequest);
        var halfPosition = await (await Guard.PostJsonAsync("/api/security/patrol/check-ins", new { checkpointCode = code, latitude = 31.2 }))
            .ReadAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["checkedInAt"], future.ErrorFields());
        Assert.Equal(["checkedInAt"], stale.ErrorFields());
        Assert.Equal(["longitude"], halfPosition.ErrorFields());
    }

    [Fact]
    public async Task Checkpoint_codes_are_unique_in_the_company_whatever_their_case()
    {
        var route = await Head.CreateRouteAsync(Company.PropertyIds[0], checkpoints: 2);
        var taken = CodesOf(route)[1].ToLowerInvariant();

        var problem = await (await Head.PostJsonAsync("/api/security/patrol/routes", new
        {
            propertyId = Company.PropertyIds[1],
            name = "另一条路线",
            expectedDurationMinutes = 30,
            checkpoints = new[] { new { code = NewCode(), name = "北门" }, new { code = taken, name = "南门" } },
        })).ReadAsync(HttpStatusCode.BadRequest);
        var twiceInOne = await (await Head.PostJsonAsync("/api/security/patrol/routes", new
        {
            propertyId = Company.PropertyIds[1],
            name = "重复点位路线",
            expectedDurationMinutes = 30,
            checkpoints = new[] { new { code = "DUP-1", name = "北门" }, new { code = "dup-1", name = "南门" } },
        })).ReadAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["checkpoints[1].code"], problem.ErrorFields());
        Assert.Equal(["checkpoints"], twiceInOne.ErrorFields());
    }

    [Fact]
    public async Task Deactivating_a_plan_withdraws_its_rounds_not_yet_started_and_the_job_makes_no_new_ones()
    {
        var route = await Head.CreateRouteAsync(Company.PropertyIds[0], checkpoints: 1);
        var plan = await Head.CreatePlanAsync(route, [LocalClock(DateTimeOffset.UtcNow.AddHours(3)), LocalClock(DateTimeOffset.UtcNow.AddHours(-15))]);
        var today = LocalDay(DateTimeOffset.UtcNow);
        Assert.NotEmpty(await Head.TasksAsync(plan, today.AddDays(-1), today.AddDays(3)));

        var stopped = await (await Head.PostJsonAsync($"/api/security/patrol/plans/{TestCompany.IdOf(plan)}/deactivate", new { version = VersionOf(plan) }))
            .ReadAsync(HttpStatusCode.OK);
        await fixture.RunJobAsync(Company.Id, "SchedulePatrolTasks", DateTimeOffset.UtcNow);
        var again = await (await Head.PostJsonAsync($"/api/security/patrol/plans/{TestCompany.IdOf(plan)}/deactivate", new { version = VersionOf(stopped) }))
            .ReadAsync(HttpStatusCode.Conflict);

        Assert.False(stopped.GetProperty("isActive").GetBoolean());
        Assert.All(await Head.TasksAsync(plan, today.AddDays(-1), today.AddDays(3)), t => Assert.True(t.GetProperty("scheduledStart").GetDateTimeOffset() < DateTimeOffset.UtcNow));
        Assert.Equal("patrol_plan.already_inactive", again.GetProperty("code").GetString());
    }
}
