using Estate.Modules.Meetings.Domain;
using Estate.SharedKernel.Reports;

namespace Estate.Modules.Meetings.Documents;

/// <summary>
/// The minutes as written when the meeting closed: attendance, each department's frozen report compared with
/// the previous meeting's, problems, decisions, action items, resource decisions and the summary.
/// </summary>
internal sealed record MinutesDocument(
    Guid MeetingId,
    string Title,
    string? SeriesTitle,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string? Place,
    string? OnlineLink,
    string ChairName,
    string TimeZoneId,
    DateTimeOffset PeriodFrom,
    DateTimeOffset PeriodTo,
    DateTimeOffset ClosedAt,
    Guid? PreviousMeetingId,
    DateTimeOffset? PreviousMeetingStartsAt,
    IReadOnlyList<MinutesAttendee> Attendance,
    IReadOnlyList<MinutesReport> Reports,
    IReadOnlyList<MinutesProblem> Problems,
    IReadOnlyList<MinutesDecision> Decisions,
    IReadOnlyList<MinutesActionItem> ActionItems,
    IReadOnlyList<MinutesActionItem> CarriedOver,
    IReadOnlyList<MinutesResourceDecision> ResourceDecisions,
    string Summary)
{
    /// <summary>Every department the minutes concern: reporting, responsible for a problem, given an item or a decision, asking for resources.</summary>
    public IReadOnlyList<string> DepartmentsConcerned =>
    [
        .. Reports.Where(r => r.Available).Select(r => r.ModuleId)
            .Concat(Problems.Select(p => p.ResponsibleDepartment))
            .Concat(Decisions.Select(d => d.Department))
            .Concat(ActionItems.Concat(CarriedOver).Select(a => a.Department))
            .Concat(ResourceDecisions.Select(r => r.Department))
            .Concat(Attendance.Select(a => a.Department))
            .OfType<string>().Where(d => d.Length > 0).Distinct().Order(StringComparer.Ordinal),
    ];
}

internal sealed record MinutesAttendee(Guid? UserId, string Name, string? Email, ParticipantRole Role, string? Department, Attendance? Attendance);

internal sealed record MinutesReport(
    string ModuleId,
    string NameZh,
    string NameEn,
    bool Available,
    string? UnavailableReason,
    DateTimeOffset AsOf,
    string? Comment,
    string? CommentAuthor,
    IReadOnlyList<MinutesIndicator> Indicators,
    IReadOnlyList<string> Highlights,
    IReadOnlyList<OpenProblem> OpenProblems);

/// <summary>An indicator as frozen, with the previous period's value, its target and the previous meeting's frozen figure.</summary>
internal sealed record MinutesIndicator(
    string Code,
    string NameZh,
    string NameEn,
    decimal? Value,
    decimal? PreviousValue,
    decimal? Change,
    string Unit,
    IndicatorTarget? Target,
    bool? TargetMet,
    decimal? PreviousMeetingValue);

internal sealed record MinutesProblem(
    string Title, string? Description, ProblemSource Source, string? RootCause, string? ResponsibleDepartment, string? ProposedMeasures, string? RecordType, Guid? RecordId);

internal sealed record MinutesDecision(string Text, string? Department);

internal sealed record MinutesActionItem(
    Guid Id,
    string Title,
    string OwnerName,
    string Department,
    DateOnly Deadline,
    string? ExpectedOutcome,
    IndicatorTargetSpec? Target,
    decimal? FigureAtClose,
    ActionItemStatus Status,
    string? Progress);

internal sealed record MinutesResourceDecision(
    string Department,
    ResourceKind Kind,
    string Description,
    string Reason,
    decimal Requested,
    ResourceDecision Decision,
    decimal? Granted,
    string? DecisionNote,
    string? ConflictNote,
    FinanceRoute FinanceRoute,
    string? FinanceStatus);
