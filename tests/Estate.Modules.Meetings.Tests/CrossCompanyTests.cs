using System.Net;
using Estate.Testing;

namespace Estate.Modules.Meetings.Tests;

/// <summary>Company A asks for company B's meetings, minutes and action items through every endpoint: each is answered as missing.</summary>
[Collection(MeetingsHostCollection.Name)]
public sealed class CrossCompanyTests(MeetingsHostFixture fixture)
{
    [Fact]
    public async Task Every_meetings_endpoint_answers_404_to_another_company_and_changes_nothing()
    {
        var (a, b) = (fixture.CompanyA, fixture.CompanyB);
        var series = (await b.CreateSeriesAsync("B 的例会")).Id();
        var closed = (await b.PlanNextAsync(series, DateTimeOffset.UtcNow.AddDays(-7))).Id();
        var item = await b.AssignAsync(closed, b.HeadUserId("probe"), new DateOnly(2027, 2, 1));
        await b.CloseAsync(closed);
        var open = await b.PlanNextAsync(series, DateTimeOffset.UtcNow.AddDays(1));
        var meeting = open.Id();
        var participant = open.Items("participants").First().Id();
        var problem = await (await b.Manager.PostJsonAsync($"/api/meetings/meetings/{meeting}/problems", new { title = "B 的问题", source = "ownerComplaint" })).ReadAsync(HttpStatusCode.Created);
        var request = await (await b.Manager.PostJsonAsync($"/api/meetings/meetings/{meeting}/resource-requests", new
        {
            department = "probe", kind = "materials", description = "B 的物资", reason = "B", quantity = 3,
        })).ReadAsync(HttpStatusCode.Created);
        var notice = (await (await b.Head("probe").GetAsync("/api/meetings/notifications")).ReadAsync(HttpStatusCode.OK)).Items("items").First().Id();
        var version = open.GetProperty("version").GetUInt32();
        var itemVersion = item.GetProperty("version").GetUInt32();
        var m = $"/api/meetings/meetings/{meeting}";
        var c = $"/api/meetings/meetings/{closed}";
        var user = a.Manager;

        foreach (var url in new[]
                 {
                     $"/api/meetings/series/{series}", m, $"{m}/agenda", $"{c}/minutes", $"{c}/minutes.html", $"{c}/minutes.pdf", $"{c}/minutes/readers",
                     $"{m}/invitation.ics", $"{m}/participants/{participant}/invitation.ics", $"/api/meetings/action-items/{item.Id()}",
                 })
        {
            Assert.True((await user.GetAsync(url)).StatusCode == HttpStatusCode.NotFound, url);
        }

        var writes = new (string Url, object Body)[]
        {
            ($"/api/meetings/series/{series}/meetings", new { startsAt = DateTimeOffset.UtcNow }),
            ($"{m}/close", new { summary = "x", version }),
            ($"{m}/cancel", new { reason = "x", version }),
            ($"{m}/participants", new { name = "x", role = "guest" }),
            ($"{m}/reports/reminders", new { }),
            ($"{m}/problems", new { title = "x", source = "internalGap" }),
            ($"{m}/decisions", new { text = "x" }),
            ($"{m}/action-items", new { title = "x", ownerUserId = await a.ManagerIdAsync(), department = "probe", deadline = "2027-01-01" }),
            ($"{m}/resource-requests", new { department = "probe", kind = "people", description = "x", reason = "x", quantity = 1 }),
            ($"{m}/invitations", new { }),
            ($"/api/meetings/resource-requests/{request.Id()}/decision", new { decision = "approved", version = request.GetProperty("version").GetUInt32() }),
            ($"/api/meetings/action-items/{item.Id()}/progress", new { progress = "x", version = itemVersion }),
            ($"/api/meetings/action-items/{item.Id()}/complete", new { version = itemVersion }),
            ($"/api/meetings/action-items/{item.Id()}/cancel", new { reason = "x", version = itemVersion }),
            ($"/api/meetings/notifications/{notice}/read", new { }),
        };
        foreach (var (url, body) in writes)
        {
            Assert.True((await user.PostJsonAsync(url, body)).StatusCode == HttpStatusCode.NotFound, url);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await user.PutJsonAsync(m, new { title = "x", startsAt = DateTimeOffset.UtcNow, endsAt = DateTimeOffset.UtcNow.AddHours(1), version })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await user.PutJsonAsync($"/api/meetings/problems/{problem.Id()}", new { title = "x", source = "internalGap", version = problem.GetProperty("version").GetUInt32() })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await user.PutJsonAsync($"{m}/participants/{participant}/attendance", new { attendance = "absent" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await user.PutJsonAsync($"{m}/reports/probe/comment", new { comment = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await user.DeleteAsync($"{m}/participants/{participant}")).StatusCode);

        var untouched = await (await b.Manager.GetAsync(m)).ReadAsync(HttpStatusCode.OK);
        Assert.Equal(version, untouched.GetProperty("version").GetUInt32());
        Assert.Equal("planned", untouched.GetProperty("status").GetString());
        var itemOfB = await (await b.Manager.GetAsync($"/api/meetings/action-items/{item.Id()}")).ReadAsync(HttpStatusCode.OK);
        Assert.Equal("open", itemOfB.GetProperty("status").GetString());
    }

    [Fact]
    public async Task No_list_of_a_company_ever_contains_a_row_of_another()
    {
        var (a, b) = (fixture.CompanyA, fixture.CompanyB);
        var meetingOfB = (await b.PlanMeetingAsync(DateTimeOffset.UtcNow.AddDays(2), "只属于B")).Id();
        await b.AssignAsync(meetingOfB, b.HeadUserId("engineering"), new DateOnly(2027, 5, 1), "B 的事项");
        await b.CreateSeriesAsync("只属于B的系列");

        var meetings = await (await a.Manager.GetAsync("/api/meetings/meetings?pageSize=100")).ReadAsync(HttpStatusCode.OK);
        var items = await (await a.Manager.GetAsync("/api/meetings/action-items?pageSize=100")).ReadAsync(HttpStatusCode.OK);
        var filtered = await (await a.Manager.GetAsync($"/api/meetings/action-items?meetingId={meetingOfB}")).ReadAsync(HttpStatusCode.OK);
        var series = await (await a.Manager.GetAsync("/api/meetings/series?pageSize=100")).ReadAsync(HttpStatusCode.OK);

        Assert.DoesNotContain(meetings.Items("items"), x => x.Id() == meetingOfB);
        Assert.DoesNotContain(items.Items("items"), x => x.GetProperty("title").GetString() == "B 的事项");
        Assert.Equal(0, filtered.GetProperty("totalCount").GetInt32());
        Assert.DoesNotContain(series.Items("items"), x => x.GetProperty("title").GetString() == "只属于B的系列");
    }
}
