using Estate.Modules.Meetings.Domain;
using Estate.SharedKernel.Reports;

namespace Estate.Modules.Meetings.Documents;

/// <summary>Writes the minutes from what the meeting recorded and the reports frozen at closing (never from live data).</summary>
internal static class MinutesComposer
{
    public static MinutesDocument Compose(
        Meeting meeting,
        string? seriesTitle,
        TimeZoneInfo timeZone,
        ReportPeriod period,
        IReadOnlyList<Participant> participants,
        IReadOnlyList<ReportSnapshot> snapshots,
        Meeting? previousMeeting,
        IReadOnlyList<ReportSnapshot> previousSnapshots,
        IReadOnlyList<Problem> problems,
        IReadOnlyList<MeetingDecision> decisions,
        IReadOnlyList<ActionItem> actionItems,
        IReadOnlyList<ActionItem> carriedOver,
        IReadOnlyList<ResourceRequest> resourceRequests)
    {
        var frozen = snapshots.OrderBy(s => s.Position).Select(s => (Snapshot: s, Report: ReadReport(s))).ToList();
        var previous = previousSnapshots.Select(ReadReport).OfType<DepartmentReport>().ToDictionary(r => r.ModuleId);

        decimal? FigureOf(IndicatorTargetSpec? target) =>
            target is null ? null : frozen.FirstOrDefault(f => f.Snapshot.ModuleId == target.ModuleId).Report?.Indicators.FirstOrDefault(i => i.Code == target.IndicatorCode)?.Value;

        MinutesActionItem ItemOf(ActionItem a) =>
            new(a.Id, a.Title, a.OwnerName, a.Department, a.Deadline, a.ExpectedOutcome, a.Target, FigureOf(a.Target), a.Status, a.Progress);

        return new MinutesDocument(
            meeting.Id,
            meeting.Title,
            seriesTitle,
            meeting.StartsAt,
            meeting.EndsAt,
            meeting.Place,
            meeting.OnlineLink,
            meeting.ChairName,
            timeZone.Id,
            period.From,
            period.To,
            meeting.ClosedAt!.Value,
            previousMeeting?.Id,
            previousMeeting?.StartsAt,
            [.. participants.Select(p => new MinutesAttendee(p.UserId, p.Name, p.Email, p.Role, p.Department, p.Attendance))],
            [.. frozen.Select(f => ReportOf(f.Snapshot, f.Report, previous.GetValueOrDefault(f.Snapshot.ModuleId)))],
            [.. problems.Select(p => new MinutesProblem(p.Title, p.Description, p.Source, p.RootCause, p.ResponsibleDepartment, p.ProposedMeasures, p.RecordType, p.RecordId))],
            [.. decisions.Select(d => new MinutesDecision(d.Text, d.Department))],
            [.. actionItems.Select(ItemOf)],
            [.. carriedOver.Select(ItemOf)],
            [.. resourceRequests.Select(r => new MinutesResourceDecision(
                r.Department, r.Kind, r.Description, r.Reason, r.Requested, r.Decision, r.Kind == ResourceKind.Money ? r.ApprovedAmount : r.ApprovedQuantity,
                r.DecisionNote, r.ConflictNote, r.FinanceRoute, r.FinanceStatus))],
            meeting.Summary ?? "");
    }

    private static DepartmentReport? ReadReport(ReportSnapshot snapshot) =>
        snapshot.Report is null ? null : MeetingsJson.Read<DepartmentReport>(snapshot.Report);

    private static MinutesReport ReportOf(ReportSnapshot snapshot, DepartmentReport? report, DepartmentReport? previous) =>
        new(
            snapshot.ModuleId,
            snapshot.NameZh,
            snapshot.NameEn,
            snapshot.Available,
            snapshot.UnavailableReason,
            snapshot.AsOf,
            snapshot.Comment,
            snapshot.CommentAuthor,
            report is null
                ? []
                : [.. report.Indicators.Select(i => new MinutesIndicator(
                    i.Code, i.NameZh, i.NameEn, i.Value, i.PreviousValue, i.Change, i.Unit, i.Target,
                    i.Target is null || i.Value is null ? null : i.Target.IsMetBy(i.Value.Value),
                    previous?.Indicators.FirstOrDefault(p => p.Code == i.Code)?.Value))],
            report?.Highlights ?? [],
            report?.OpenProblems ?? []);
}
