using Estate.Modules.Cleaning.Pages;
using Estate.SharedKernel.Domain;
using Estate.SharedKernel.Ui;

namespace Estate.Modules.Cleaning.Domain;

/// <summary>
/// One day's work of a schedule. Created ahead of time by the GenerateCleaningTasks job (one per schedule and
/// date), completed by a cleaner, possibly inspected; a failed inspection sends it back to be redone.
/// </summary>
internal sealed class CleaningTask : PropertyEntity
{
    public const int NoteMaxLength = 1000;

    private readonly List<TaskInspection> _inspections = [];

    // Used by EF Core when it materialises a row; rows are inserted by the job's SQL.
    private CleaningTask(Guid organizationId, Guid id, Guid propertyId, string description)
        : base(organizationId, id, propertyId)
    {
        Description = description;
    }

    public Guid ScheduleId { get; private set; }

    public Guid ZoneId { get; private set; }

    /// <summary>The local date the task is due on.</summary>
    public DateOnly Date { get; private set; }

    /// <summary>The schedule's task as it was when this day's task was made.</summary>
    public string Description { get; private set; }

    public DateTimeOffset WindowStart { get; private set; }

    public DateTimeOffset WindowEnd { get; private set; }

    public CleaningTaskStatus Status { get; private set; }

    public Guid? CompletedByUserId { get; private set; }

    public string? CompletedByName { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public string? CompletionNote { get; private set; }

    /// <summary>How many times the task was done again after a failed inspection.</summary>
    public int RedoCount { get; private set; }

    public DateTimeOffset? MissedAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public uint Version { get; private set; }

    /// <summary>Every inspection round, oldest first once loaded.</summary>
    public IReadOnlyCollection<TaskInspection> Inspections => _inspections;

    /// <summary>
    /// Records who did the work and when. A pending task can be completed from the day it is due until its
    /// window closes (after that it counts as missed); a task that failed inspection can be redone any time.
    /// </summary>
    public void Complete(Guid userId, string userName, string? note, DateTimeOffset now, DateOnly localToday)
    {
        switch (Status)
        {
            case CleaningTaskStatus.Pending when localToday < Date:
                throw new DomainRuleException("task.not_due", Texts.T($"该任务于 {Date:yyyy-MM-dd} 到期，不能提前完成。", $"This task is due on {Date:yyyy-MM-dd}; it cannot be completed before."));
            case CleaningTaskStatus.Pending when now > WindowEnd:
                throw new DomainRuleException("task.window_closed", Texts.T("任务时间窗口已过，记为漏做。", "The task's time window has closed; it counts as missed."));
            case CleaningTaskStatus.Pending:
                break;
            case CleaningTaskStatus.Failed:
                RedoCount++;
                break;
            default:
                throw new DomainRuleException("task.cannot_complete", Texts.T($"任务状态为“{CleaningTexts.Of(Status)}”，不能完成。", $"Cannot complete a task in status {Status}."));
        }

        CompletedByUserId = userId;
        CompletedByName = userName;
        CompletedAt = now;
        CompletionNote = note;
        Status = CleaningTaskStatus.Done;
    }

    /// <summary>Records an inspection of finished work; a failure needs a note saying what to redo.</summary>
    public TaskInspection Inspect(bool passed, string? note, Guid inspectorUserId, string inspectorName, DateTimeOffset now)
    {
        if (Status != CleaningTaskStatus.Done)
        {
            throw new DomainRuleException("task.cannot_inspect", Texts.T($"只有已完成的任务才能检查，该任务状态为“{CleaningTexts.Of(Status)}”。", $"Only finished work can be inspected; this task is {Status}."));
        }

        if (!passed && string.IsNullOrWhiteSpace(note))
        {
            throw new DomainRuleException("task.fail_needs_note", Texts.T("检查不合格时须注明需要返工的内容。", "A failed inspection needs a note saying what to redo."));
        }

        Status = passed ? CleaningTaskStatus.Passed : CleaningTaskStatus.Failed;
        var inspection = new TaskInspection(OrganizationId, Guid.CreateVersion7(now), PropertyId, Id, passed, note, inspectorUserId, inspectorName, now);
        _inspections.Add(inspection);
        return inspection;
    }
}
