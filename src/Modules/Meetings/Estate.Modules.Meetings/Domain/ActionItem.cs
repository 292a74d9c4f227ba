using Estate.Modules.Meetings.Pages;
using Estate.SharedKernel.Domain;
using Estate.SharedKernel.Reports;
using Estate.SharedKernel.Ui;

namespace Estate.Modules.Meetings.Domain;

/// <summary>
/// A plan from the meeting (待办事项): one owner, a department, a deadline, the expected outcome and, where it
/// fits, a target on a department report's indicator. Open items come back at every next meeting of the
/// series until done.
/// </summary>
internal sealed class ActionItem : TenantEntity
{
    public const int TitleMaxLength = 200;
    public const int TextMaxLength = 2000;
    public const int DepartmentMaxLength = 64;
    public const int IndicatorCodeMaxLength = 64;

    private ActionItem(Guid organizationId, Guid id, Guid meetingId, string title)
        : base(organizationId, id)
    {
        MeetingId = meetingId;
        Title = title;
    }

    /// <summary>The series the item is carried through; null for a one-off meeting's item.</summary>
    public Guid? SeriesId { get; private set; }

    /// <summary>The meeting that set the item.</summary>
    public Guid MeetingId { get; private set; }

    public Guid? ProblemId { get; private set; }

    public string Title { get; private set; }

    public Guid OwnerUserId { get; private set; }

    public string OwnerName { get; private set; } = "";

    public string? OwnerEmail { get; private set; }

    public string Department { get; private set; } = "";

    /// <summary>The last day, in the company's time zone.</summary>
    public DateOnly Deadline { get; private set; }

    /// <summary>The end of the deadline day in the company's time zone: reminders and escalation run against it.</summary>
    public DateTimeOffset DueAt { get; private set; }

    public string? ExpectedOutcome { get; private set; }

    public string? TargetModuleId { get; private set; }

    public string? TargetIndicatorCode { get; private set; }

    public TargetComparison? TargetComparison { get; private set; }

    public decimal? TargetValue { get; private set; }

    public ActionItemStatus Status { get; private set; }

    public string? Progress { get; private set; }

    public DateTimeOffset? ProgressAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    /// <summary>When the reminder before the deadline went out; set once, by the reminder job.</summary>
    public DateTimeOffset? RemindedAt { get; private set; }

    /// <summary>When the escalation after the deadline went out; set once, by the reminder job.</summary>
    public DateTimeOffset? EscalatedAt { get; private set; }

    public uint Version { get; private set; }

    public bool IsOpen => Status is ActionItemStatus.Open or ActionItemStatus.InProgress;

    public static ActionItem Assign(
        Guid organizationId,
        Guid meetingId,
        Guid? seriesId,
        Guid? problemId,
        string title,
        Guid ownerUserId,
        string ownerName,
        string? ownerEmail,
        string department,
        DateOnly deadline,
        TimeZoneInfo companyTimeZone,
        string? expectedOutcome,
        IndicatorTargetSpec? target,
        DateTimeOffset now) =>
        new(organizationId, Guid.CreateVersion7(now), meetingId, title)
        {
            SeriesId = seriesId,
            ProblemId = problemId,
            OwnerUserId = ownerUserId,
            OwnerName = ownerName,
            OwnerEmail = ownerEmail,
            Department = department,
            Deadline = deadline,
            DueAt = EndOfDay(deadline, companyTimeZone),
            ExpectedOutcome = expectedOutcome,
            TargetModuleId = target?.ModuleId,
            TargetIndicatorCode = target?.IndicatorCode,
            TargetComparison = target?.Comparison,
            TargetValue = target?.Value,
            Status = ActionItemStatus.Open,
            CreatedAt = now,
        };

    public IndicatorTargetSpec? Target =>
        TargetModuleId is null ? null : new IndicatorTargetSpec(TargetModuleId, TargetIndicatorCode!, TargetComparison!.Value, TargetValue!.Value);

    public void RecordProgress(string progress, DateTimeOffset now)
    {
        EnsureOpen("record progress on");
        Progress = progress;
        ProgressAt = now;
        Status = ActionItemStatus.InProgress;
    }

    public void Complete(string? note, DateTimeOffset now)
    {
        EnsureOpen("complete");
        if (!string.IsNullOrWhiteSpace(note))
        {
            Progress = note;
            ProgressAt = now;
        }

        CompletedAt = now;
        Status = ActionItemStatus.Done;
    }

    public void Cancel(string reason, DateTimeOffset now)
    {
        EnsureOpen("cancel");
        Progress = reason;
        ProgressAt = now;
        CompletedAt = now;
        Status = ActionItemStatus.Cancelled;
    }

    /// <summary>The first moment after the deadline day, in the company's time zone.</summary>
    public static DateTimeOffset EndOfDay(DateOnly day, TimeZoneInfo timeZone)
    {
        var nextMidnight = day.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(nextMidnight, timeZone.GetUtcOffset(nextMidnight)).ToUniversalTime();
    }

    private void EnsureOpen(string action)
    {
        if (!IsOpen)
        {
            throw new DomainRuleException("action_item.closed", Texts.T($"待办事项状态为“{MeetingTexts.Of(Status)}”，不能再更改。", $"Cannot {action} an action item that is {Status.ToString().ToLowerInvariant()}."));
        }
    }
}

/// <summary>A target on a report indicator: e.g. customer service's "satisfaction" at least 90.</summary>
internal sealed record IndicatorTargetSpec(string ModuleId, string IndicatorCode, TargetComparison Comparison, decimal Value)
{
    public bool IsMetBy(decimal value) => new IndicatorTarget(Comparison, Value).IsMetBy(value);
}
