using Estate.Modules.Meetings.Data;
using Estate.Modules.Meetings.Domain;
using Estate.SharedKernel.Reports;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Meetings.Reports;

/// <summary>The period a meeting's reports cover: the one chosen, else since the previous meeting of the series.</summary>
internal static class MeetingPeriods
{
    public static async Task<ReportPeriod> ForAsync(MeetingsDbContext db, Meeting meeting, CancellationToken cancellationToken)
    {
        if (meeting.ReportFrom is { } from && meeting.ReportTo is { } to)
        {
            return new ReportPeriod(from, to);
        }

        var previous = await PreviousAsync(db, meeting, closedOnly: false, cancellationToken);
        if (previous is not null)
        {
            return new ReportPeriod(previous.StartsAt, meeting.StartsAt);
        }

        var cadence = meeting.SeriesId is { } seriesId
            ? await db.Series.AsNoTracking().Where(s => s.Id == seriesId).Select(s => (MeetingCadence?)s.Cadence).FirstOrDefaultAsync(cancellationToken)
            : null;
        return new ReportPeriod(DefaultStart(meeting.StartsAt, cadence ?? MeetingCadence.Irregular), meeting.StartsAt);
    }

    /// <summary>The meeting of the same series just before this one (cancelled ones do not count).</summary>
    public static Task<Meeting?> PreviousAsync(MeetingsDbContext db, Meeting meeting, bool closedOnly, CancellationToken cancellationToken) =>
        meeting.SeriesId is null
            ? Task.FromResult<Meeting?>(null)
            : db.Meetings.AsNoTracking()
                .Where(m => m.SeriesId == meeting.SeriesId && m.StartsAt < meeting.StartsAt && m.Id != meeting.Id
                            && (closedOnly ? m.Status == MeetingStatus.Closed : m.Status != MeetingStatus.Cancelled))
                .OrderByDescending(m => m.StartsAt)
                .FirstOrDefaultAsync(cancellationToken);

    private static DateTimeOffset DefaultStart(DateTimeOffset end, MeetingCadence cadence) => cadence switch
    {
        MeetingCadence.Weekly => end.AddDays(-7),
        MeetingCadence.Biweekly => end.AddDays(-14),
        MeetingCadence.Monthly => end.AddMonths(-1),
        MeetingCadence.Quarterly => end.AddMonths(-3),
        _ => end.AddDays(-30),
    };
}
