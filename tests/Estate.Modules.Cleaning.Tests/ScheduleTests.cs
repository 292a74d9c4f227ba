using System.Net;
using Estate.Testing;

namespace Estate.Modules.Cleaning.Tests;

/// <summary>Schedules turn into tasks through the GenerateCleaningTasks job, ahead of time and never twice.</summary>
[Collection(CleaningHostCollection.Name)]
public sealed class ScheduleTests(CleaningHostFixture fixture)
{
    private TestCompany Company => fixture.CompanyA;

    [Fact]
    public async Task The_job_creates_tasks_for_today_and_the_next_two_days_and_a_second_run_adds_none()
    {
        var zone = await Company.CreateZoneAsync();
        var schedule = await Company.CreateScheduleAsync(TestCompany.IdOf(zone), windowStart: "07:00:00", windowEnd: "09:30:00");

        await fixture.RunJobAsync(Company.Id, "GenerateCleaningTasks");
        var first = await Company.TasksOfScheduleAsync(TestCompany.IdOf(schedule));
        await fixture.RunJobAsync(Company.Id, "GenerateCleaningTasks");
        var second = await Company.TasksOfScheduleAsync(TestCompany.IdOf(schedule));

        var today = Cleaning.Today;
        Assert.Equal([Cleaning.Iso(today), Cleaning.Iso(today.AddDays(1)), Cleaning.Iso(today.AddDays(2))], first.Select(t => t.GetProperty("date").GetString()));
        Assert.Equal(first.Select(t => t.GetProperty("id").GetGuid()), second.Select(t => t.GetProperty("id").GetGuid()));
        var tomorrow = first[1];
        Assert.Equal("pending", tomorrow.Status());
        Assert.Equal("地面清扫拖洗", tomorrow.GetProperty("description").GetString());
        Assert.Equal(TestCompany.IdOf(zone), tomorrow.GetProperty("zoneId").GetGuid());
        Assert.Equal(Cleaning.At(today.AddDays(1), 7), tomorrow.GetProperty("windowStart").GetDateTimeOffset());
        Assert.Equal(Cleaning.At(today.AddDays(1), 9, 30), tomorrow.GetProperty("windowEnd").GetDateTimeOffset());
    }

    [Fact]
    public async Task Weekly_and_every_n_days_schedules_fall_only_on_their_days()
    {
        var zone = TestCompany.IdOf(await Company.CreateZoneAsync(kind: "stairwell"));
        var today = Cleaning.Today;
        var weekdayOfTomorrow = today.AddDays(1).DayOfWeek.ToString().ToLowerInvariant();
        var weekly = await Company.CreateScheduleAsync(zone, "weekdays", weekdays: [weekdayOfTomorrow]);
        var everyOtherDay = await Company.CreateScheduleAsync(zone, "everyNDays", intervalDays: 2, startsOn: today.AddDays(-1));
        var startingLater = await Company.CreateScheduleAsync(zone, startsOn: today.AddDays(2));

        await fixture.RunJobAsync(Company.Id, "GenerateCleaningTasks");

        Assert.Equal([weekdayOfTomorrow], weekly.GetProperty("weekdays").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal([Cleaning.Iso(today.AddDays(1))], (await Company.TasksOfScheduleAsync(TestCompany.IdOf(weekly))).Select(t => t.GetProperty("date").GetString()));
        Assert.Equal([Cleaning.Iso(today.AddDays(1))], (await Company.TasksOfScheduleAsync(TestCompany.IdOf(everyOtherDay))).Select(t => t.GetProperty("date").GetString()));
        Assert.Equal([Cleaning.Iso(today.AddDays(2))], (await Company.TasksOfScheduleAsync(TestCompany.IdOf(startingLater))).Select(t => t.GetProperty("date").GetString()));
    }

    [Fact]
    public async Task Changing_a_schedule_remakes_its_tasks_not_started_yet_and_pausing_it_stops_new_ones()
    {
        var schedule = await Company.CreateScheduleAsync(TestCompany.IdOf(await Company.CreateZoneAsync()));
        var url = $"/api/cleaning/schedules/{TestCompany.IdOf(schedule)}";
        await fixture.RunJobAsync(Company.Id, "GenerateCleaningTasks");
        var today = Cleaning.Today;

        var changed = await (await Company.Head(Cleaning.Module).PutJsonAsync(url, new
        {
            task = "夜间大堂保洁", frequency = "daily", startsOn = Cleaning.Iso(today), windowStart = "20:00:00", windowEnd = "21:00:00", isActive = true,
            version = schedule.Version(),
        })).ReadAsync(HttpStatusCode.OK);
        var afterChange = await Company.TasksOfScheduleAsync(TestCompany.IdOf(schedule));
        await fixture.RunJobAsync(Company.Id, "GenerateCleaningTasks");
        var remade = await Company.TasksOfScheduleAsync(TestCompany.IdOf(schedule));

        // Today's task began at midnight: it stays as it was; tomorrow's and the next are made again.
        Assert.Equal([Cleaning.Iso(today)], afterChange.Select(t => t.GetProperty("date").GetString()));
        Assert.Equal(3, remade.Count);
        Assert.Equal("地面清扫拖洗", remade[0].GetProperty("description").GetString());
        Assert.Equal("夜间大堂保洁", remade[1].GetProperty("description").GetString());
        Assert.Equal(Cleaning.At(today.AddDays(1), 20), remade[1].GetProperty("windowStart").GetDateTimeOffset());

        await (await Company.Head(Cleaning.Module).PutJsonAsync(url, new
        {
            task = "夜间大堂保洁", frequency = "daily", startsOn = Cleaning.Iso(today), windowStart = "20:00:00", windowEnd = "21:00:00", isActive = false,
            version = changed.Version(),
        })).ReadAsync(HttpStatusCode.OK);
        await fixture.RunJobAsync(Company.Id, "GenerateCleaningTasks");

        Assert.Single(await Company.TasksOfScheduleAsync(TestCompany.IdOf(schedule)));
        var stored = await (await Company.ReadOnly.GetAsync(url)).ReadAsync(HttpStatusCode.OK);
        Assert.False(stored.GetProperty("isActive").GetBoolean());
    }

    [Fact]
    public async Task A_stale_schedule_change_is_409()
    {
        var schedule = await Company.CreateScheduleAsync(TestCompany.IdOf(await Company.CreateZoneAsync()));
        var body = new { task = "t", frequency = "daily", startsOn = Cleaning.Iso(Cleaning.Today), windowStart = "08:00:00", windowEnd = "09:00:00", isActive = true, version = schedule.Version() };
        var url = $"/api/cleaning/schedules/{TestCompany.IdOf(schedule)}";

        await (await Company.Head(Cleaning.Module).PutJsonAsync(url, body)).ReadAsync(HttpStatusCode.OK);
        var stale = await (await Company.Head(Cleaning.Module).PutJsonAsync(url, body)).ReadAsync(HttpStatusCode.Conflict);

        Assert.Equal("stale", stale.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Staff_cannot_set_up_schedules_but_everyone_can_read_them()
    {
        var zone = await Company.CreateZoneAsync();

        var response = await Company.Staff(Cleaning.Module).PostJsonAsync("/api/cleaning/schedules", new
        {
            zoneId = TestCompany.IdOf(zone), task = "t", frequency = "daily", windowStart = "08:00:00", windowEnd = "09:00:00",
        });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await (await Company.Staff("engineering").GetAsync($"/api/cleaning/zones/{TestCompany.IdOf(zone)}")).ReadAsync(HttpStatusCode.OK);
    }
}
