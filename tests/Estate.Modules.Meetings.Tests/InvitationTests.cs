using System.Net;
using Estate.Testing;

namespace Estate.Modules.Meetings.Tests;

/// <summary>iCalendar invitations: valid RFC 5545 in the company's time zone, every attendee, the online link and the person's own open items.</summary>
[Collection(MeetingsHostCollection.Name)]
public sealed class InvitationTests(MeetingsHostFixture fixture)
{
    [Fact]
    public async Task A_participants_invitation_parses_as_icalendar_in_shanghai_time_with_attendees_link_and_their_open_items()
    {
        var company = fixture.CompanyA;
        var startsAt = new DateTimeOffset(2027, 1, 12, 1, 30, 0, TimeSpan.Zero);
        var meeting = (await company.PlanMeetingAsync(startsAt, "工程维修协调会")).Id();
        await (await company.Manager.PostJsonAsync($"/api/meetings/meetings/{meeting}/participants", new { userId = company.HeadUserId("engineering"), role = "departmentHead" }))
            .ReadAsync(HttpStatusCode.Created);
        var outsider = await (await company.Manager.PostJsonAsync($"/api/meetings/meetings/{meeting}/participants", new
        {
            name = "钱工 (电梯维保公司)", email = "qian@elevator.test", role = "guest",
        })).ReadAsync(HttpStatusCode.Created);
        await company.AssignAsync(meeting, company.HeadUserId("engineering"), new DateOnly(2027, 1, 31), "更换3号楼电梯门机板");

        var response = await company.Head("engineering").GetAsync($"/api/meetings/meetings/{meeting}/invitation.ics");
        var ics = await response.Content.ReadAsStringAsync();
        var calendar = Ical.Net.Calendar.Load(ics)!;
        var invitation = calendar.Events.Single();

        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("TZID=Asia/Shanghai", ics, StringComparison.Ordinal);
        Assert.Contains("BEGIN:VTIMEZONE", ics, StringComparison.Ordinal);
        Assert.Contains("TZOFFSETTO:+0800", ics, StringComparison.Ordinal);
        Assert.Equal("Asia/Shanghai", calendar.TimeZones.Single().TzId);
        Assert.Equal("Asia/Shanghai", invitation.DtStart!.TzId);
        Assert.Equal(new DateTime(2027, 1, 12, 9, 30, 0), invitation.DtStart.Value);
        Assert.Equal(startsAt.UtcDateTime, invitation.DtStart.AsUtc);
        Assert.Equal("工程维修协调会", invitation.Summary);
        Assert.Equal(3, invitation.Attendees.Count);
        Assert.Contains(invitation.Attendees, a => a.Value!.ToString() == "mailto:qian@elevator.test" && a.CommonName == "钱工 (电梯维保公司)");
        Assert.Contains("https://meet.example.com/room-42", invitation.Description, StringComparison.Ordinal);
        Assert.Contains("更换3号楼电梯门机板", invitation.Description, StringComparison.Ordinal);

        var outsiders = await company.Manager.GetAsync($"/api/meetings/meetings/{meeting}/participants/{outsider.Id()}/invitation.ics");
        var outsiderEvent = Ical.Net.Calendar.Load(await outsiders.Content.ReadAsStringAsync())!.Events.Single();
        Assert.DoesNotContain("更换3号楼电梯门机板", outsiderEvent.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invitations_go_by_mail_with_the_ics_attached_and_in_the_app_to_company_users()
    {
        var company = fixture.CompanyA;
        var meeting = (await company.PlanMeetingAsync(DateTimeOffset.UtcNow.AddDays(5), "消防安全检查部署会")).Id();
        await (await company.Manager.PostJsonAsync($"/api/meetings/meetings/{meeting}/participants", new
        {
            name = "孙队长 (消防大队)", email = "sun@fire.test", role = "guest",
        })).ReadAsync(HttpStatusCode.Created);

        var sent = await (await company.Manager.PostJsonAsync($"/api/meetings/meetings/{meeting}/invitations", new { })).ReadAsync(HttpStatusCode.OK);

        Assert.Equal(1, sent.GetProperty("inApp").GetInt32());
        Assert.Equal(2, sent.GetProperty("mailed").GetInt32());
        var mail = fixture.Smtp.ReceivedEmail.Last(m => m.ToAddresses.Any(a => a.Address == "sun@fire.test"));
        Assert.Contains(mail.MessageParts, p => p.HeaderData.Contains("text/calendar", StringComparison.OrdinalIgnoreCase));
        var inbox = await (await company.Manager.GetAsync("/api/meetings/notifications?unread=true")).ReadAsync(HttpStatusCode.OK);
        var notice = inbox.Items("items").First(n => n.GetProperty("kind").GetString() == "invitation");
        await (await company.Manager.PostJsonAsync($"/api/meetings/notifications/{notice.Id()}/read", new { })).ReadAsync(HttpStatusCode.OK);
        var unread = await (await company.Manager.GetAsync("/api/meetings/notifications?unread=true")).ReadAsync(HttpStatusCode.OK);
        Assert.DoesNotContain(unread.Items("items"), n => n.Id() == notice.Id());
    }
}
