using System.Net;
using Estate.Testing;

namespace Estate.Modules.Meetings.Tests;

/// <summary>Times written with the company's offset (as the pages send them) are the same instants as in UTC.</summary>
[Collection(MeetingsHostCollection.Name)]
public sealed class LocalTimeTests(MeetingsHostFixture fixture)
{
    [Fact]
    public async Task Meetings_planned_and_listed_with_a_local_offset_keep_their_instant()
    {
        var company = fixture.CompanyA;
        var local = new DateTimeOffset(2027, 3, 9, 9, 30, 0, TimeSpan.FromHours(8));
        var series = await company.CreateSeriesAsync("月度经营分析会");

        var oneOff = await (await company.Manager.PostJsonAsync("/api/meetings/meetings", new
        {
            title = "春季绿化养护部署会", startsAt = local, endsAt = local.AddHours(1), chairUserId = await company.ManagerIdAsync(),
        })).ReadAsync(HttpStatusCode.Created);
        var next = await (await company.Manager.PostJsonAsync($"/api/meetings/series/{series.Id()}/meetings", new { startsAt = local.AddDays(1) }))
            .ReadAsync(HttpStatusCode.Created);
        var from = Uri.EscapeDataString(local.AddHours(-1).ToString("O"));
        var to = Uri.EscapeDataString(local.AddDays(2).ToString("O"));
        var listed = await (await company.Manager.GetAsync($"/api/meetings/meetings?from={from}&to={to}")).ReadAsync(HttpStatusCode.OK);

        Assert.Equal(local.UtcDateTime, oneOff.GetProperty("startsAt").GetDateTimeOffset().UtcDateTime);
        Assert.Equal(local.AddDays(1).UtcDateTime, next.GetProperty("startsAt").GetDateTimeOffset().UtcDateTime);
        var ids = listed.Items("items").Select(m => m.Id()).ToList();
        Assert.Contains(oneOff.Id(), ids);
        Assert.Contains(next.Id(), ids);
    }
}
