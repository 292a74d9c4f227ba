using Estate.Modules.Meetings.Data;
using Estate.Modules.Meetings.Domain;
using Estate.Modules.Meetings.Reports;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Meetings.Features.Meetings;

/// <summary>What a meeting has recorded so far, read together for its agenda and its minutes.</summary>
internal sealed record MeetingRecord(
    IReadOnlyList<Participant> Participants,
    IReadOnlyList<ReportComment> Comments,
    IReadOnlyList<Problem> Problems,
    IReadOnlyList<MeetingDecision> Decisions,
    IReadOnlyList<ActionItem> ActionItems,
    IReadOnlyList<ActionItem> CarriedOver,
    IReadOnlyList<ResourceRequest> ResourceRequests)
{
    public static async Task<MeetingRecord> LoadAsync(MeetingsDbContext db, Meeting meeting, CancellationToken cancellationToken)
    {
        var participants = await db.Participants.AsNoTracking().Where(p => p.MeetingId == meeting.Id).OrderBy(p => p.Role).ThenBy(p => p.Name).ToListAsync(cancellationToken);
        var comments = await db.ReportComments.AsNoTracking().Where(c => c.MeetingId == meeting.Id).ToListAsync(cancellationToken);
        var problems = await db.Problems.AsNoTracking().Where(p => p.MeetingId == meeting.Id).OrderBy(p => p.CreatedAt).ToListAsync(cancellationToken);
        var decisions = await db.Decisions.AsNoTracking().Where(d => d.MeetingId == meeting.Id).OrderBy(d => d.CreatedAt).ToListAsync(cancellationToken);
        var items = await db.ActionItems.AsNoTracking().Where(a => a.MeetingId == meeting.Id).OrderBy(a => a.Deadline).ThenBy(a => a.CreatedAt).ToListAsync(cancellationToken);
        var requests = await db.ResourceRequests.AsNoTracking().Where(r => r.MeetingId == meeting.Id).OrderBy(r => r.CreatedAt).ToListAsync(cancellationToken);
        return new MeetingRecord(participants, comments, problems, decisions, items, await CarriedOverAsync(db, meeting, cancellationToken), requests);
    }

    /// <summary>
    /// Action items of earlier meetings of the series that come back: every one still open, and those finished
    /// since the previous meeting started (so the meeting sees them done once).
    /// </summary>
    public static async Task<IReadOnlyList<ActionItem>> CarriedOverAsync(MeetingsDbContext db, Meeting meeting, CancellationToken cancellationToken)
    {
        if (meeting.SeriesId is not { } seriesId)
        {
            return [];
        }

        var previous = await MeetingPeriods.PreviousAsync(db, meeting, closedOnly: false, cancellationToken);
        var since = previous?.StartsAt ?? DateTimeOffset.MaxValue;
        return await (from a in db.ActionItems.AsNoTracking()
                      join origin in db.Meetings.AsNoTracking() on a.MeetingId equals origin.Id
                      where a.SeriesId == seriesId && a.MeetingId != meeting.Id && origin.StartsAt < meeting.StartsAt
                            && (a.Status == ActionItemStatus.Open || a.Status == ActionItemStatus.InProgress || a.CompletedAt >= since)
                      orderby a.Deadline, a.CreatedAt
                      select a).ToListAsync(cancellationToken);
    }
}
