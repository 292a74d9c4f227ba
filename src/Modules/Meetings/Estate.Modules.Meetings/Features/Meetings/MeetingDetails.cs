using System.Linq.Expressions;
using Estate.Modules.Meetings.Data;
using Estate.Modules.Meetings.Domain;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Meetings.Features.Meetings;

internal sealed record ParticipantDetails(Guid Id, Guid? UserId, string Name, string? Email, ParticipantRole Role, string? Department, Attendance? Attendance)
{
    public static readonly Expression<Func<Participant, ParticipantDetails>> Projection =
        p => new ParticipantDetails(p.Id, p.UserId, p.Name, p.Email, p.Role, p.Department, p.Attendance);

    private static readonly Func<Participant, ParticipantDetails> FromEntity = Projection.Compile();

    public static ParticipantDetails From(Participant participant) => FromEntity(participant);
}

/// <summary>A meeting as the API shows it, with its participants; <see cref="Version"/> is sent back with every change.</summary>
internal sealed record MeetingDetails(
    Guid Id,
    Guid? SeriesId,
    string Title,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string? Place,
    string? OnlineLink,
    IReadOnlyList<Guid> PropertyIds,
    Guid ChairUserId,
    string ChairName,
    IReadOnlyList<string> Agenda,
    DateTimeOffset? ReportFrom,
    DateTimeOffset? ReportTo,
    MeetingStatus Status,
    string? Summary,
    string? CancelReason,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ClosedAt,
    uint Version,
    IReadOnlyList<ParticipantDetails> Participants)
{
    public static MeetingDetails From(Meeting m, IReadOnlyList<ParticipantDetails> participants) =>
        new(m.Id, m.SeriesId, m.Title, m.StartsAt, m.EndsAt, m.Place, m.OnlineLink, m.PropertyIds, m.ChairUserId, m.ChairName, m.Agenda,
            m.ReportFrom, m.ReportTo, m.Status, m.Summary, m.CancelReason, m.CreatedAt, m.ClosedAt, m.Version, participants);

    public static async Task<MeetingDetails?> LoadAsync(MeetingsDbContext db, Guid meetingId, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == meetingId, cancellationToken);
        return meeting is null ? null : await OfAsync(db, meeting, cancellationToken);
    }

    public static async Task<MeetingDetails> OfAsync(MeetingsDbContext db, Meeting meeting, CancellationToken cancellationToken)
    {
        var participants = await db.Participants.AsNoTracking()
            .Where(p => p.MeetingId == meeting.Id)
            .OrderBy(p => p.Role).ThenBy(p => p.Name)
            .Select(ParticipantDetails.Projection)
            .ToListAsync(cancellationToken);
        return From(meeting, participants);
    }
}

/// <summary>A meeting in a list.</summary>
internal sealed record MeetingSummary(Guid Id, Guid? SeriesId, string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string ChairName, MeetingStatus Status, uint Version)
{
    public static readonly Expression<Func<Meeting, MeetingSummary>> Projection =
        m => new MeetingSummary(m.Id, m.SeriesId, m.Title, m.StartsAt, m.EndsAt, m.ChairName, m.Status, m.Version);
}
