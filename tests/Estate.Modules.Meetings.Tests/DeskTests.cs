using System.Net;
using Estate.Testing;

namespace Estate.Modules.Meetings.Tests;

/// <summary>The desk the meeting pages start from: the company's zone, the signed-in user, the people who take part in meetings.</summary>
[Collection(MeetingsHostCollection.Name)]
public sealed class DeskTests(MeetingsHostFixture fixture)
{
    [Fact]
    public async Task The_desk_gives_the_company_zone_the_signed_in_user_and_the_people_of_its_meetings_only()
    {
        var company = fixture.CompanyA;
        var meeting = (await company.PlanMeetingAsync(DateTimeOffset.UtcNow.AddDays(3), "工程工作协调会")).Id();
        var head = company.HeadUserId("engineering");
        await (await company.Manager.PostJsonAsync($"/api/meetings/meetings/{meeting}/participants", new { userId = head, role = "departmentHead" }))
            .ReadAsync(HttpStatusCode.Created);
        await (await company.Manager.PostJsonAsync($"/api/meetings/meetings/{meeting}/participants", new { name = "外部顾问", role = "guest" }))
            .ReadAsync(HttpStatusCode.Created);

        var desk = await (await company.Manager.GetAsync("/api/meetings/desk")).ReadAsync(HttpStatusCode.OK);
        var otherDesk = await (await fixture.CompanyB.Manager.GetAsync("/api/meetings/desk")).ReadAsync(HttpStatusCode.OK);

        Assert.Equal("Asia/Shanghai", desk.GetProperty("timeZoneId").GetString());
        Assert.Equal(await company.ManagerIdAsync(), desk.GetProperty("me").GetProperty("userId").GetGuid());
        var people = desk.Items("people").Select(p => p.GetProperty("userId").GetGuid()).ToList();
        Assert.Contains(head, people);
        Assert.DoesNotContain(desk.Items("people"), p => p.GetProperty("name").GetString() == "外部顾问");
        Assert.Contains("engineering", desk.Items("departments").Select(d => d.GetString()));
        Assert.DoesNotContain(head, otherDesk.Items("people").Select(p => p.GetProperty("userId").GetGuid()));
    }
}
