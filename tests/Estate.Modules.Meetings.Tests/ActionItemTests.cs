using System.Net;
using Estate.Testing;

namespace Estate.Modules.Meetings.Tests;

/// <summary>Action items: carried into every next meeting of the series until done, with live figures, reminders and escalation.</summary>
[Collection(MeetingsHostCollection.Name)]
public sealed class ActionItemTests(MeetingsHostFixture fixture)
{
    private static readonly object SatisfactionTarget = new { moduleId = "probe", indicatorCode = "satisfaction", comparison = "atLeast", value = 90 };

    [Fact]
    public async Task Open_items_come_back_at_each_next_meeting_of_the_series_with_progress_and_live_figure_until_done()
    {
        var company = await TestCompany.CreateAsync(fixture.Host, modules: ["engineering", "probe", "meetings"]);
        var series = (await company.CreateSeriesAsync()).Id();
        var now = DateTimeOffset.UtcNow;
        var first = (await company.PlanNextAsync(series, now.AddDays(-21))).Id();
        var item = await company.AssignAsync(first, company.HeadUserId("probe"), DateOnly.FromDateTime(now.AddDays(30).UtcDateTime), target: SatisfactionTarget);
        var other = await company.AssignAsync(first, company.HeadUserId("engineering"), DateOnly.FromDateTime(now.AddDays(30).UtcDateTime), "更换路灯");
        await company.CloseAsync(first);
        await company.RecordFigureAsync("satisfaction", 84, now.AddDays(-16));
        await company.RecordFigureAsync("satisfaction", 92, now.AddDays(-15), property: 1);

        var second = (await company.PlanNextAsync(series, now.AddDays(-14))).Id();
        var secondAgenda = await company.AgendaAsync(second);
        var carried = secondAgenda.Items("carriedOver").Single(i => i.Id() == item.Id());
        await (await company.Head("probe").PostJsonAsync($"/api/meetings/action-items/{item.Id()}/progress", new
        {
            progress = "已增加热线接听人员", version = carried.GetProperty("version").GetUInt32(),
        })).ReadAsync(HttpStatusCode.OK);
        await company.CloseAsync(second);

        var third = (await company.PlanNextAsync(series, now.AddDays(-7))).Id();
        var thirdAgenda = await company.AgendaAsync(third);
        var stillThere = thirdAgenda.Items("carriedOver").Single(i => i.Id() == item.Id());
        var otherItem = await (await company.Manager.GetAsync($"/api/meetings/action-items/{other.Id()}")).ReadAsync(HttpStatusCode.OK);
        await (await company.Head("engineering").PostJsonAsync($"/api/meetings/action-items/{other.Id()}/complete", new
        {
            note = "路灯已全部更换", version = otherItem.GetProperty("version").GetUInt32(),
        })).ReadAsync(HttpStatusCode.OK);
        await company.CloseAsync(third);

        var fourth = (await company.PlanNextAsync(series, now.AddDays(1))).Id();
        var fourthAgenda = await company.AgendaAsync(fourth);
        var fifth = (await company.PlanNextAsync(series, now.AddDays(8))).Id();
        var fifthAgenda = await company.AgendaAsync(fifth);

        Assert.Equal(2, secondAgenda.Items("carriedOver").Count());
        Assert.Equal(88m, carried.GetProperty("live").GetProperty("value").GetDecimal());
        Assert.False(carried.GetProperty("live").GetProperty("met").GetBoolean());
        Assert.Equal("inProgress", stillThere.GetProperty("status").GetString());
        Assert.Equal("已增加热线接听人员", stillThere.GetProperty("progress").GetString());
        Assert.Contains(fourthAgenda.Items("carriedOver"), i => i.Id() == other.Id() && i.GetProperty("status").GetString() == "done");
        Assert.Contains(fourthAgenda.Items("carriedOver"), i => i.Id() == item.Id());
        Assert.DoesNotContain(fifthAgenda.Items("carriedOver"), i => i.Id() == other.Id());
        Assert.Contains(fifthAgenda.Items("carriedOver"), i => i.Id() == item.Id());
    }

    [Fact]
    public async Task Reminders_before_the_deadline_and_escalations_after_it_go_out_once_each_however_often_the_job_runs()
    {
        var company = await TestCompany.CreateAsync(fixture.Host, modules: ["engineering", "probe", "meetings"]);
        var meeting = (await company.PlanMeetingAsync(DateTimeOffset.UtcNow.AddHours(-2))).Id();
        var soon = await company.AssignAsync(meeting, company.StaffUserId("probe"), DateOnly.FromDateTime(DateTime.UtcNow.AddDays(1)), "整理投诉台账");
        var late = await company.AssignAsync(meeting, company.StaffUserId("engineering"), DateOnly.FromDateTime(DateTime.UtcNow.AddDays(10)), "清理卫生死角");
        await fixture.Database.ExecuteAsync("UPDATE meetings.action_items SET due_at = now() - interval '1 hour' WHERE id = $1", late.Id());

        await fixture.RunJobAsync("RemindActionItems", company.Id);
        await fixture.RunJobAsync("RemindActionItems", company.Id);

        long Count(string kind, Guid item) => fixture.Database.ScalarAsync<long>(
            "SELECT count(*) FROM meetings.notifications WHERE kind = $1 AND link LIKE '%' || $2", kind, item.ToString()).GetAwaiter().GetResult();
        Assert.Equal(1L, Count("ActionItemReminder", soon.Id()));
        Assert.Equal(0L, Count("ActionItemEscalation", soon.Id()));
        Assert.Equal(3L, Count("ActionItemEscalation", late.Id()));
        var ownerInbox = await (await company.Staff("engineering").GetAsync("/api/meetings/notifications")).ReadAsync(HttpStatusCode.OK);
        Assert.Single(ownerInbox.Items("items"), n => n.GetProperty("kind").GetString() == "actionItemEscalation" && n.GetProperty("department").ValueKind == System.Text.Json.JsonValueKind.Null);
        Assert.Single(ownerInbox.Items("items"), n => n.GetProperty("kind").GetString() == "actionItemEscalation" && n.GetProperty("department").GetString() == "engineering");
        var chairInbox = await (await company.Manager.GetAsync("/api/meetings/notifications")).ReadAsync(HttpStatusCode.OK);
        Assert.Single(chairInbox.Items("items"), n => n.GetProperty("kind").GetString() == "actionItemEscalation");
        var overdue = await (await company.Manager.GetAsync("/api/meetings/action-items?overdue=true")).ReadAsync(HttpStatusCode.OK);
        Assert.Equal([late.Id()], overdue.Items("items").Select(i => i.Id()));
    }

    [Fact]
    public async Task People_see_their_own_items_and_only_the_owner_or_their_head_reports_progress()
    {
        var company = await TestCompany.CreateAsync(fixture.Host, modules: ["engineering", "probe", "meetings"]);
        var meeting = (await company.PlanMeetingAsync(DateTimeOffset.UtcNow.AddDays(1))).Id();
        var item = await company.AssignAsync(meeting, company.StaffUserId("engineering"), new DateOnly(2027, 1, 31), "巡检水泵房");

        var mine = await (await company.Staff("engineering").GetAsync("/api/meetings/action-items/mine")).ReadAsync(HttpStatusCode.OK);
        var notMine = await (await company.Staff("probe").GetAsync("/api/meetings/action-items/mine")).ReadAsync(HttpStatusCode.OK);
        var version = item.GetProperty("version").GetUInt32();
        await (await company.Staff("probe").PostJsonAsync($"/api/meetings/action-items/{item.Id()}/progress", new { progress = "x", version })).ReadAsync(HttpStatusCode.Forbidden);
        var byHead = await (await company.Head("engineering").PostJsonAsync($"/api/meetings/action-items/{item.Id()}/progress", new { progress = "已安排", version }))
            .ReadAsync(HttpStatusCode.OK);
        await (await company.Staff("engineering").PostJsonAsync($"/api/meetings/action-items/{item.Id()}/complete", new { version })).ReadAsync(HttpStatusCode.Conflict);
        var done = await (await company.Staff("engineering").PostJsonAsync($"/api/meetings/action-items/{item.Id()}/complete", new
        {
            note = "已完成", version = byHead.GetProperty("version").GetUInt32(),
        })).ReadAsync(HttpStatusCode.OK);

        Assert.Equal([item.Id()], mine.Items("items").Select(i => i.Id()));
        Assert.Empty(notMine.Items("items"));
        Assert.Equal("engineering", item.GetProperty("department").GetString());
        Assert.Equal("done", done.GetProperty("status").GetString());
        await (await company.Staff("engineering").PostJsonAsync($"/api/meetings/action-items/{item.Id()}/progress", new
        {
            progress = "again", version = done.GetProperty("version").GetUInt32(),
        })).ReadAsync(HttpStatusCode.Conflict);
    }
}
