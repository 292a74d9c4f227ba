using System.Net;
using System.Text;
using Estate.Testing;

namespace Estate.Modules.Meetings.Tests;

/// <summary>What a client can send wrong is a 400 naming the field, never a 500, and stores nothing.</summary>
[Collection(MeetingsHostCollection.Name)]
public sealed class BadInputTests(MeetingsHostFixture fixture)
{
    private HttpClient Manager => fixture.CompanyA.Manager;

    [Fact]
    public async Task Missing_fields_are_each_named()
    {
        var meeting = await (await Manager.PostJsonAsync("/api/meetings/meetings", new { place = "x" })).ReadAsync(HttpStatusCode.BadRequest);
        var series = await (await Manager.PostJsonAsync("/api/meetings/series", new { })).ReadAsync(HttpStatusCode.BadRequest);
        var open = (await fixture.CompanyA.PlanMeetingAsync(DateTimeOffset.UtcNow.AddDays(1))).Id();
        var item = await (await Manager.PostJsonAsync($"/api/meetings/meetings/{open}/action-items", new { target = new { } })).ReadAsync(HttpStatusCode.BadRequest);
        var request = await (await Manager.PostJsonAsync($"/api/meetings/meetings/{open}/resource-requests", new { kind = "money", quantity = 3 })).ReadAsync(HttpStatusCode.BadRequest);
        var participant = await (await Manager.PostJsonAsync($"/api/meetings/meetings/{open}/participants", new { })).ReadAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["chairUserId", "startsAt", "title"], meeting.ErrorFields().Order(StringComparer.Ordinal));
        Assert.Equal(["cadence", "chairUserId", "title"], series.ErrorFields().Order(StringComparer.Ordinal));
        Assert.Equal(["deadline", "ownerUserId", "target.comparison", "target.indicatorCode", "target.moduleId", "target.value", "title"], item.ErrorFields().Order(StringComparer.Ordinal));
        Assert.Equal(["amount", "department", "description", "quantity", "reason"], request.ErrorFields().Order(StringComparer.Ordinal));
        Assert.Equal(["name", "role"], participant.ErrorFields().Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("""{"title": "t", "cadence": "daily", "chairUserId": "0193a000-0000-7000-8000-000000000101"}""", "cadence")]
    [InlineData("""{"title": "t", "cadence": "weekly", "chairUserId": "not-a-guid"}""", "chairUserId")]
    [InlineData("""{"title": "t", "cadence": "weekly", "chairUserId": "0193a000-0000-7000-8000-000000000101", "onlineLink": "ftp://x"}""", "onlineLink")]
    [InlineData("""{"title": "t", "cadence": "weekly", "chairUserId": "0193a000-0000-7000-8000-000000000101"}""", "chairUserId")]
    public async Task Wrong_types_unknown_values_and_strangers_are_400_naming_the_field(string json, string field)
    {
        var response = await Manager.PostAsync("/api/meetings/series", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal([field], (await response.ReadAsync(HttpStatusCode.BadRequest)).ErrorFields());
    }

    [Theory]
    [InlineData("/api/meetings/meetings/abc", "id")]
    [InlineData("/api/meetings/meetings?status=lost", "status")]
    [InlineData("/api/meetings/meetings?pageSize=1000", "pageSize")]
    [InlineData("/api/meetings/action-items?status=someday", "status")]
    [InlineData("/api/meetings/reports?from=2026-13-01", "from")]
    [InlineData("/api/meetings/reports?from=2026-10-31&to=2026-10-01", "to")]
    public async Task Bad_ids_and_query_values_are_400_naming_the_parameter(string url, string field)
    {
        Assert.Equal([field], (await (await Manager.GetAsync(url)).ReadAsync(HttpStatusCode.BadRequest)).ErrorFields());
    }

    [Fact]
    public async Task A_meeting_that_ends_before_it_starts_is_refused_and_a_closed_one_takes_nothing_more()
    {
        var start = DateTimeOffset.UtcNow.AddDays(1);
        var backwards = await (await Manager.PostJsonAsync("/api/meetings/meetings", new
        {
            title = "t", startsAt = start, endsAt = start.AddHours(-1), chairUserId = await fixture.CompanyA.ManagerIdAsync(),
        })).ReadAsync(HttpStatusCode.BadRequest);
        var meeting = (await fixture.CompanyA.PlanMeetingAsync(start)).Id();
        await fixture.CompanyA.CloseAsync(meeting);
        var late = await (await Manager.PostJsonAsync($"/api/meetings/meetings/{meeting}/problems", new { title = "太晚了", source = "internalGap" })).ReadAsync(HttpStatusCode.Conflict);
        var closedAgain = await (await Manager.PostJsonAsync($"/api/meetings/meetings/{meeting}/close", new { summary = "again", version = 1 })).ReadAsync(HttpStatusCode.Conflict);
        var other = (await fixture.CompanyA.PlanMeetingAsync(start)).Id();
        var stale = await (await Manager.PutJsonAsync($"/api/meetings/meetings/{other}", new { title = "改期", startsAt = start, endsAt = start.AddHours(2), version = 1 }))
            .ReadAsync(HttpStatusCode.Conflict);

        Assert.Equal(["endsAt"], backwards.ErrorFields());
        Assert.Equal("meeting.not_open", late.GetProperty("code").GetString());
        Assert.Equal("meeting.not_open", closedAgain.GetProperty("code").GetString());
        Assert.Equal("stale", stale.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Read_only_users_read_but_cannot_organise()
    {
        await (await fixture.CompanyA.ReadOnly.GetAsync("/api/meetings/meetings")).ReadAsync(HttpStatusCode.OK);
        await (await fixture.CompanyA.ReadOnly.PostJsonAsync("/api/meetings/series", new { title = "x" })).ReadAsync(HttpStatusCode.Forbidden);
        await (await fixture.CompanyA.Staff("probe").PutJsonAsync("/api/meetings/settings/department-order", new { departments = new[] { "probe" }, version = 0 }))
            .ReadAsync(HttpStatusCode.Forbidden);
    }
}
