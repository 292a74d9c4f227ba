using Estate.Modules.Meetings.Contracts;
using Estate.Modules.Meetings.Data;
using Estate.Modules.Meetings.Domain;
using Estate.Modules.Meetings.Documents;
using Estate.Modules.Meetings.Reports;
using Estate.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Meetings.Features.Meetings;

/// <summary>
/// Closes a meeting: pulls the reports one last time and freezes them with their "as of" time, then writes
/// the minutes from those frozen reports and what the meeting recorded. Nothing is saved here; the caller's
/// unit of work commits it all at once.
/// </summary>
internal sealed class MeetingClosing(MeetingsDbContext db, ReportCollector collector, ITenantContext tenant)
{
    public async Task<MinutesDocument> CloseAsync(Meeting meeting, string summary, DateTimeOffset closedAt, CancellationToken cancellationToken)
    {
        meeting.EnsureOpen();
        var period = await MeetingPeriods.ForAsync(db, meeting, cancellationToken);
        var reports = await collector.CollectAsync(period, null, cancellationToken);
        var record = await MeetingRecord.LoadAsync(db, meeting, cancellationToken);
        var comments = record.Comments.ToDictionary(c => c.ModuleId);

        var snapshots = reports.Select((r, position) => ReportSnapshot.Freeze(
            tenant.OrganizationId, meeting.Id, r.ModuleId, position, r.NameZh, r.NameEn, r.Available, r.UnavailableReason,
            r.Report is null ? null : MeetingsJson.Write(r.Report), r.AsOf,
            comments.GetValueOrDefault(r.ModuleId)?.Text, comments.GetValueOrDefault(r.ModuleId)?.AuthorName)).ToList();
        db.ReportSnapshots.AddRange(snapshots);

        meeting.Close(summary, closedAt);
        var previous = await MeetingPeriods.PreviousAsync(db, meeting, closedOnly: true, cancellationToken);
        var previousSnapshots = previous is null
            ? []
            : await db.ReportSnapshots.AsNoTracking().Where(s => s.MeetingId == previous.Id).ToListAsync(cancellationToken);
        var seriesTitle = meeting.SeriesId is { } seriesId
            ? await db.Series.AsNoTracking().Where(s => s.Id == seriesId).Select(s => s.Title).FirstOrDefaultAsync(cancellationToken)
            : null;

        var minutes = MinutesComposer.Compose(
            meeting, seriesTitle, tenant.TimeZone, period, record.Participants, snapshots, previous, previousSnapshots,
            record.Problems, record.Decisions, record.ActionItems, record.CarriedOver, record.ResourceRequests);
        db.Minutes.Add(Domain.Minutes.Write(tenant.OrganizationId, meeting.Id, MeetingsJson.Write(minutes), closedAt));
        db.Publish(new MeetingClosed(tenant.OrganizationId, meeting.Id, meeting.SeriesId, meeting.Title, meeting.StartsAt, closedAt, record.ActionItems.Count));
        return minutes;
    }
}
