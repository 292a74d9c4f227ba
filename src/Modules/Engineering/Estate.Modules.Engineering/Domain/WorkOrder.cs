using Estate.Modules.Engineering.Pages.WorkOrders;
using Estate.SharedKernel.Tenancy;
using Estate.Modules.Engineering.Contracts;
using Estate.SharedKernel.Domain;
using Estate.SharedKernel.Ui;

namespace Estate.Modules.Engineering.Domain;

/// <summary>
/// A repair work order (工单) and its status flow: new → assigned → in progress ⇄ waiting (with a delay
/// reason) → done → closed (accepted after the follow-up call); done or closed may be reopened.
/// </summary>
internal sealed class WorkOrder : PropertyEntity
{
    public const int NumberMaxLength = 32;
    public const int TitleMaxLength = 200;
    public const int DescriptionMaxLength = 4000;
    public const int AssigneeNameMaxLength = 200;
    public const int ReasonMaxLength = 1000;
    public const int ReferenceTypeMaxLength = 64;
    public const int CommentMaxLength = 1000;

    /// <summary>
    /// The warning comes when less than this share of the allowed time (opening or reopening to deadline)
    /// is left: 1 h before an urgent 4 h limit, 18 h before a normal 72 h one — enough to act on.
    /// </summary>
    public const double WarningShareOfAllowedTime = 0.25;

    // Used by EF Core when it materialises a row.
    private WorkOrder(Guid organizationId, Guid id, Guid propertyId, string number, string title)
        : base(organizationId, id, propertyId)
    {
        Number = number;
        Title = title;
    }

    public string Number { get; private set; }

    public Guid? FacilityId { get; private set; }

    /// <summary>The record of another department behind the work order, e.g. "complaint" and its id.</summary>
    public string? ReferenceType { get; private set; }

    public Guid? ReferenceId { get; private set; }

    /// <summary>The preventive maintenance plan that made this order, and the due date it is for.</summary>
    public Guid? MaintenancePlanId { get; private set; }

    public DateOnly? PlannedFor { get; private set; }

    public string Title { get; private set; }

    public string? Description { get; private set; }

    public WorkOrderCategory Category { get; private set; }

    public WorkOrderPriority Priority { get; private set; }

    public WorkOrderSource Source { get; private set; }

    public WorkOrderStatus Status { get; private set; }

    public Guid? AssigneeUserId { get; private set; }

    public string? AssigneeName { get; private set; }

    /// <summary>The reason given when the order last went waiting; kept afterwards as its history.</summary>
    public string? DelayReason { get; private set; }

    public DateTimeOffset? DelayedAt { get; private set; }

    public string? ReopenReason { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset Deadline { get; private set; }

    /// <summary>From when the deadline warning is due (see <see cref="WarningShareOfAllowedTime"/>).</summary>
    public DateTimeOffset WarnAt { get; private set; }

    /// <summary>When the deadline warning was given; set once per deadline by the WarnOfApproachingDeadlines job.</summary>
    public DateTimeOffset? WarnedAt { get; private set; }

    /// <summary>The first assignment: response time is measured from opening to here.</summary>
    public DateTimeOffset? RespondedAt { get; private set; }

    /// <summary>The latest (re)assignment.</summary>
    public DateTimeOffset? AssignedAt { get; private set; }

    public DateTimeOffset? StartedAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public string? CompletionNotes { get; private set; }

    /// <summary>Open past its deadline; set by the FlagOverdueWorkOrders job.</summary>
    public bool IsOverdue { get; private set; }

    /// <summary>When the job first found it overdue; kept after completion so late work stays visible.</summary>
    public DateTimeOffset? OverdueSince { get; private set; }

    public int ReopenCount { get; private set; }

    public DateTimeOffset? LastReopenedAt { get; private set; }

    /// <summary>The owner's rating (1–5) taken on the follow-up call after the repair.</summary>
    public int? OwnerRating { get; private set; }

    public string? OwnerComment { get; private set; }

    public DateTimeOffset? RatedAt { get; private set; }

    /// <summary>PostgreSQL's xmin: changes on every update of the row (optimistic concurrency).</summary>
    public uint Version { get; private set; }

    public bool IsOpen => Status is not (WorkOrderStatus.Done or WorkOrderStatus.Closed);

    /// <summary>Opens a repair; <paramref name="timeLimit"/> is the company's limit for its category and priority.</summary>
    public static WorkOrder Open(
        Guid organizationId,
        Guid propertyId,
        Guid? facilityId,
        string title,
        string? description,
        WorkOrderCategory category,
        WorkOrderPriority priority,
        WorkOrderSource source,
        DateTimeOffset now,
        TimeSpan timeLimit,
        TimeZoneInfo companyTimeZone,
        string? referenceType = null,
        Guid? referenceId = null)
    {
        var workOrder = New(organizationId, propertyId, title, now, companyTimeZone);
        workOrder.FacilityId = facilityId;
        workOrder.ReferenceType = referenceType;
        workOrder.ReferenceId = referenceId;
        workOrder.Description = description;
        workOrder.Category = category;
        workOrder.Priority = priority;
        workOrder.Source = source;
        workOrder.SetDeadline(now, now + timeLimit);
        return workOrder;
    }

    /// <summary>Opens the work of a maintenance plan ahead of its due date; it is due by the end of that day (company time).</summary>
    public static WorkOrder OpenPlanned(MaintenancePlan plan, DateOnly dueOn, DateTimeOffset now, TimeZoneInfo companyTimeZone)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var workOrder = New(plan.OrganizationId, plan.PropertyId, plan.Title, now, companyTimeZone);
        workOrder.FacilityId = plan.FacilityId;
        workOrder.MaintenancePlanId = plan.Id;
        workOrder.PlannedFor = dueOn;
        workOrder.Description = plan.Description;
        workOrder.Category = plan.Category;
        workOrder.Priority = plan.Priority;
        workOrder.Source = plan.Source;
        workOrder.SetDeadline(now, CompanyCalendar.StartOf(dueOn.AddDays(1), companyTimeZone));
        return workOrder;
    }

    /// <summary>Assigns or reassigns; the (new) assignee has to start it.</summary>
    public void Assign(Guid userId, string name, DateTimeOffset now)
    {
        if (!IsOpen)
        {
            throw Refused("assign");
        }

        AssigneeUserId = userId;
        AssigneeName = name;
        AssignedAt = now;
        RespondedAt ??= now;
        Status = WorkOrderStatus.Assigned;
    }

    public void Start(DateTimeOffset now)
    {
        if (Status is not (WorkOrderStatus.Assigned or WorkOrderStatus.Waiting))
        {
            throw Refused("start");
        }

        StartedAt ??= now;
        Status = WorkOrderStatus.InProgress;
    }

    public void Delay(string reason, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (Status is not (WorkOrderStatus.Assigned or WorkOrderStatus.InProgress))
        {
            throw Refused("delay");
        }

        DelayReason = reason;
        DelayedAt = now;
        Status = WorkOrderStatus.Waiting;
    }

    public void Complete(string? notes, DateTimeOffset now)
    {
        if (Status is not (WorkOrderStatus.InProgress or WorkOrderStatus.Waiting))
        {
            throw Refused("complete");
        }

        CompletionNotes = notes;
        CompletedAt = now;
        IsOverdue = false;
        Status = WorkOrderStatus.Done;
    }

    /// <summary>The repair is verified (after the follow-up call) and the order closed.</summary>
    public void Close(DateTimeOffset now)
    {
        if (Status is not WorkOrderStatus.Done)
        {
            throw Refused("close");
        }

        ClosedAt = now;
        Status = WorkOrderStatus.Closed;
    }

    /// <summary>Records the owner's rating from the follow-up call; once per completion.</summary>
    public void Rate(int rating, string? comment, DateTimeOffset now)
    {
        if (IsOpen)
        {
            throw Refused("rate");
        }

        if (OwnerRating is not null)
        {
            throw new DomainRuleException("work_order.already_rated", Texts.T("业主对本次维修的评价已登记。", "The owner's rating of this repair is already recorded."));
        }

        if (rating is < 1 or > 5)
        {
            throw new DomainRuleException("work_order.invalid_rating", Texts.T("评分须在 1 至 5 之间。", "A rating is 1 to 5."));
        }

        OwnerRating = rating;
        OwnerComment = comment;
        RatedAt = now;
    }

    /// <summary>
    /// The repair did not hold: back to work with a fresh deadline from the company's current limit. The
    /// rating was of the failed repair and is cleared; ReopenCount keeps the reopening visible.
    /// </summary>
    public void Reopen(string reason, DateTimeOffset now, TimeSpan timeLimit)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (IsOpen)
        {
            throw Refused("reopen");
        }

        ReopenReason = reason;
        ReopenCount++;
        LastReopenedAt = now;
        CompletedAt = null;
        ClosedAt = null;
        CompletionNotes = null;
        OwnerRating = null;
        OwnerComment = null;
        RatedAt = null;
        SetDeadline(now, now + timeLimit);
        Status = AssigneeUserId is null ? WorkOrderStatus.New : WorkOrderStatus.Assigned;
    }

    private static WorkOrder New(Guid organizationId, Guid propertyId, string title, DateTimeOffset now, TimeZoneInfo companyTimeZone)
    {
        var id = Guid.CreateVersion7(now);
        return new WorkOrder(organizationId, id, propertyId, NumberFor(id, TimeZoneInfo.ConvertTime(now, companyTimeZone)), title)
        {
            Status = WorkOrderStatus.New,
            CreatedAt = now,
        };
    }

    // A new deadline arms the warning and the escalation again.
    private void SetDeadline(DateTimeOffset from, DateTimeOffset deadline)
    {
        var allowed = deadline > from ? deadline - from : TimeSpan.Zero;
        Deadline = deadline;
        WarnAt = deadline - (allowed * WarningShareOfAllowedTime);
        WarnedAt = null;
        IsOverdue = false;
        OverdueSince = null;
    }

    // "WO-20261130-3F9A1C": the company's local date and the random tail of the id (the head of a v7 id is its timestamp).
    private static string NumberFor(Guid id, DateTimeOffset localNow) =>
        $"WO-{localNow:yyyyMMdd}-{id.ToString("N")[^6..].ToUpperInvariant()}";

    private DomainRuleException Refused(string action) =>
        new($"work_order.cannot_{action}", Texts.T($"工单当前状态为“{WorkOrderTexts.Of(Status)}”，不能执行此操作。", $"Cannot {action} a work order in status {Status}."));
}
