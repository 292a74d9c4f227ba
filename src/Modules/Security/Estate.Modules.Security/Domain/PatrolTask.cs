using Estate.Modules.Security.Pages;
using Estate.SharedKernel.Domain;
using Estate.SharedKernel.Ui;

namespace Estate.Modules.Security.Domain;

/// <summary>
/// One scheduled round of a plan (巡逻任务). Made ahead of time by the SchedulePatrolTasks job, one per plan and
/// start; closed by ClosePatrolTasks once its window has passed.
/// </summary>
internal sealed class PatrolTask : PropertyEntity
{
    /// <summary>A guard may start a round a little before its scheduled time and still have it count.</summary>
    public static readonly TimeSpan EarlyStartAllowance = TimeSpan.FromMinutes(15);

    // Used by EF Core when it materialises a row; rows are made in bulk by the scheduling job.
    private PatrolTask(Guid organizationId, Guid id, Guid propertyId, string routeName)
        : base(organizationId, id, propertyId) => RouteName = routeName;

    public Guid PlanId { get; private set; }

    public Guid RouteId { get; private set; }

    public string RouteName { get; private set; }

    public DateTimeOffset ScheduledStart { get; private set; }

    /// <summary>Start plus the route's expected duration: checkpoints checked in by then are on time.</summary>
    public DateTimeOffset DueBy { get; private set; }

    /// <summary>Due-by plus the plan's allowed lateness: checkpoints not checked in by then are missed.</summary>
    public DateTimeOffset WindowClosesAt { get; private set; }

    public PatrolTaskStatus Status { get; private set; }

    public int CheckpointCount { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public bool IsOpen => Status is PatrolTaskStatus.Scheduled or PatrolTaskStatus.InProgress;

    public void Start()
    {
        if (Status == PatrolTaskStatus.Scheduled)
        {
            Status = PatrolTaskStatus.InProgress;
        }
    }

    /// <summary>Every checkpoint is checked in before the window closed: the round is complete at once.</summary>
    public void Complete(DateTimeOffset at)
    {
        if (!IsOpen)
        {
            throw new DomainRuleException("patrol_task.closed", Texts.T($"该巡更任务已为“{SecurityTexts.Of(Status)}”。", $"The patrol task is already {Status}."));
        }

        Status = PatrolTaskStatus.Complete;
        ClosedAt = at;
    }
}
