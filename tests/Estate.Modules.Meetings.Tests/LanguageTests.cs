using System.Net;
using System.Text.Json;
using Estate.Testing;

namespace Estate.Modules.Meetings.Tests;

/// <summary>Messages people read follow their language: Chinese by default, English with the culture cookie.</summary>
[Collection(MeetingsHostCollection.Name)]
public sealed class LanguageTests(MeetingsHostFixture fixture)
{
    private HttpClient Manager => fixture.CompanyA.Manager;

    [Fact]
    public async Task A_validation_message_is_in_chinese_by_default_and_in_english_when_chosen()
    {
        var body = new { title = "每周运营例会", cadence = "weekly", chairUserId = await fixture.CompanyA.ManagerIdAsync(), onlineLink = "ftp://meet" };

        var chinese = await (await Manager.PostJsonAsync("/api/meetings/series", body)).ReadAsync(HttpStatusCode.BadRequest);
        var english = await (await Manager.PostJsonInEnglishAsync("/api/meetings/series", body)).ReadAsync(HttpStatusCode.BadRequest);

        Assert.Equal("须为 http(s) 地址。", Message(chinese, "onlineLink"));
        Assert.Equal("Must be an http(s) address.", Message(english, "onlineLink"));
    }

    [Fact]
    public async Task A_rule_refusal_is_in_chinese_by_default_and_in_english_when_chosen()
    {
        var meeting = (await fixture.CompanyA.PlanMeetingAsync(DateTimeOffset.UtcNow.AddDays(2))).Id();
        await fixture.CompanyA.CloseAsync(meeting);
        var problems = $"/api/meetings/meetings/{meeting}/problems";
        var body = new { title = "会后补充的问题", source = "internalGap" };

        var chinese = await (await Manager.PostJsonAsync(problems, body)).ReadAsync(HttpStatusCode.Conflict);
        var english = await (await Manager.PostJsonInEnglishAsync(problems, body)).ReadAsync(HttpStatusCode.Conflict);

        Assert.Equal("meeting.not_open", chinese.GetProperty("code").GetString());
        Assert.Equal("会议状态为“已闭会”，记录不能再更改。", chinese.GetProperty("detail").GetString());
        Assert.Equal("The meeting is closed; its record no longer changes.", english.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_missing_meeting_is_named_in_the_readers_language()
    {
        var id = Guid.NewGuid();

        var chinese = await (await Manager.GetAsync($"/api/meetings/meetings/{id}")).ReadAsync(HttpStatusCode.NotFound);
        var english = await (await Manager.GetInEnglishAsync($"/api/meetings/meetings/{id}")).ReadAsync(HttpStatusCode.NotFound);

        Assert.Equal($"未找到会议 {id}。", chinese.GetProperty("detail").GetString());
        Assert.Equal($"Meeting '{id}' was not found.", english.GetProperty("detail").GetString());
    }

    private static string? Message(JsonElement problem, string field) => problem.GetProperty("errors").GetProperty(field)[0].GetString();
}
