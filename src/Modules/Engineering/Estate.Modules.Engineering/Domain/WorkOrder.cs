using Estate.Modules.Engineering.Contracts;
using Estate.SharedKernel.Domain;

namespace Estate.Modules.Engineering.Domain;

/// <summary>A repair work order (工单) and its status flow.</summary>
internal sealed class WorkOrder : PropertyEntity
{
    public const int NumberMaxLength = 32;
    public const int TitleMaxLength = 200;
    public const int DescriptionMaxLength = 4000;
    public const int AssigneeNameMaxLength = 200;
    public const int ReasonMaxLength = 1000;
    public const int ReferenceTypeMaxLength = 64;

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

    /// <summary>PostgreSQL's xmin: changes on every update of the row (optimistic concurrency).</summary>
    public uint Version { get; private set; }

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
        TimeZoneInfo companyTimeZone,
        string? referenceType = null,
        Guid? referenceId = null)
    {
        var id = Guid.CreateVersion7(now);
        return new WorkOrder(organizationId, id, propertyId, NumberFor(id, TimeZoneInfo.ConvertTime(now, companyTimeZone)), title)
        {
            FacilityId = facilityId,
            ReferenceType = referenceType,
            ReferenceId = referenceId,
            Description = description,
            Category = category,
            Priority = priority,
            Source = source,
            Status = WorkOrderStatus.New,
            CreatedAt = now,
            Deadline = now + ResolutionTimeLimits.For(priority),
        };
    }

    /// <summary>Assigns or reassigns; the (new) assignee has to start it.</summary>
    public void Assign(Guid userId, string name, DateTimeOffset now)
    {
        if (Status is WorkOrderStatus.Done or WorkOrderStatus.Closed)
        {
            throw Refused("assign");
        }

        AssigneeUserId = userId;
        AssigneeName = name;
        AssignedAt = now;
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

    public void Close(DateTimeOffset now)
    {
        if (Status is not WorkOrderStatus.Done)
        {
            throw Refused("close");
        }

        ClosedAt = now;
        Status = WorkOrderStatus.Closed;
    }

    /// <summary>The repair did not hold: back to work with a fresh resolution time; ReopenCount keeps it visible.</summary>
    public void Reopen(string reason, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (Status is not (WorkOrderStatus.Done or WorkOrderStatus.Closed))
        {
            throw Refused("reopen");
        }

        ReopenReason = reason;
        ReopenCount++;
        CompletedAt = null;
        ClosedAt = null;
        CompletionNotes = null;
        Deadline = now + ResolutionTimeLimits.For(Priority);
        IsOverdue = false;
        OverdueSince = null;
        Status = AssigneeUserId is null ? WorkOrderStatus.New : WorkOrderStatus.Assigned;
    }

    // "WO-20261130-3F9A1C": the company's local date and the random tail of the id (the head of a v7 id is its timestamp).
    private static string NumberFor(Guid id, DateTimeOffset localNow) =>
        $"WO-{localNow:yyyyMMdd}-{id.ToString("N")[^6..].ToUpperInvariant()}";

    private DomainRuleException Refused(string action) =>
        new($"work_order.cannot_{action}", $"Cannot {action} a work order in status {Status}.");
}
