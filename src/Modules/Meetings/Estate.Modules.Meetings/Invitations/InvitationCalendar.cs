using System.Text;
using Estate.Modules.Meetings.Data;
using Estate.Modules.Meetings.Domain;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Meetings.Invitations;

/// <summary>An invitation file for one participant.</summary>
internal sealed record Invitation(Guid ParticipantId, string Name, string? Email, Guid? UserId, string FileName, string Calendar);

/// <summary>
/// Writes an iCalendar (RFC 5545) invitation per participant: the meeting in the company's time zone (with its
/// VTIMEZONE), the online link, every participant as attendee, and that person's own open action items.
/// </summary>
internal sealed class InvitationCalendar(MeetingsDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<Invitation>> ForAsync(Meeting meeting, IReadOnlyList<Participant> participants, IEnumerable<Participant> invitees, TimeZoneInfo timeZone, CancellationToken cancellationToken)
    {
        var owners = invitees.Where(p => p.UserId is not null).Select(p => p.UserId!.Value).ToList();
        var openItems = await db.ActionItems.AsNoTracking()
            .Where(a => owners.Contains(a.OwnerUserId) && (a.Status == ActionItemStatus.Open || a.Status == ActionItemStatus.InProgress))
            .OrderBy(a => a.Deadline)
            .Select(a => new { a.OwnerUserId, a.Title, a.Deadline, a.Status })
            .ToListAsync(cancellationToken);
        var chair = participants.FirstOrDefault(p => p.UserId == meeting.ChairUserId);
        return
        [
            .. invitees.Select(invitee => new Invitation(
                invitee.Id, invitee.Name, invitee.Email, invitee.UserId, $"meeting-{meeting.Id:N}.ics",
                Write(meeting, participants, chair, invitee, [.. openItems.Where(i => i.OwnerUserId == invitee.UserId).Select(i => $"{i.Title}（期限 {i.Deadline:yyyy-MM-dd}）")], timeZone))),
        ];
    }

    private string Write(Meeting meeting, IReadOnlyList<Participant> participants, Participant? chair, Participant invitee, IReadOnlyList<string> openItems, TimeZoneInfo timeZone)
    {
        var calendar = new Calendar { Method = "REQUEST" };
        // The zone with its rules written out (a bare VTimeZone(id) is an empty block that clients read as UTC).
        calendar.AddTimeZone(timeZone.Id, meeting.StartsAt.UtcDateTime.AddYears(-1), false);
        var description = new StringBuilder();
        description.Append("议程 (Agenda):\n");
        for (var i = 0; i < meeting.Agenda.Count; i++)
        {
            description.Append(i + 1).Append(". ").Append(meeting.Agenda[i]).Append('\n');
        }

        if (meeting.OnlineLink is not null)
        {
            description.Append("\n线上参会 (Join online): ").Append(meeting.OnlineLink).Append('\n');
        }

        description.Append("\n您的未完成事项 (Your open action items):\n");
        description.Append(openItems.Count == 0 ? "无 (none)\n" : string.Concat(openItems.Select(i => $"- {i}\n")));

        var local = (DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, timeZone).DateTime;
        var calendarEvent = new CalendarEvent
        {
            Uid = $"{meeting.Id}@meetings.estate",
            Summary = meeting.Title,
            Description = description.ToString(),
            Location = meeting.Place ?? meeting.OnlineLink,
            DtStart = new CalDateTime(local(meeting.StartsAt), timeZone.Id),
            DtEnd = new CalDateTime(local(meeting.EndsAt), timeZone.Id),
            DtStamp = new CalDateTime(clock.GetUtcNow().UtcDateTime, "UTC"),
            Url = meeting.OnlineLink is null ? null : new Uri(meeting.OnlineLink),
        };
        if (chair is not null)
        {
            calendarEvent.Organizer = new Organizer(AddressOf(chair)) { CommonName = chair.Name };
        }

        foreach (var participant in participants)
        {
            calendarEvent.Attendees.Add(new Attendee(AddressOf(participant))
            {
                CommonName = participant.Name,
                Role = participant.Id == invitee.Id || participant.Role != ParticipantRole.Guest ? "REQ-PARTICIPANT" : "OPT-PARTICIPANT",
                ParticipationStatus = "NEEDS-ACTION",
                Rsvp = participant.Id == invitee.Id,
            });
        }

        calendar.Events.Add(calendarEvent);
        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    // Participants without an address are still named: a URN keeps the attendee line valid.
    private static string AddressOf(Participant participant) => participant.Email is { } email ? $"mailto:{email}" : $"urn:uuid:{participant.Id}";
}
