using Estate.Modules.CustomerService.Contracts;
using Estate.Modules.CustomerService.Pages.Complaints;
using Estate.Modules.Engineering.Contracts;
using Estate.SharedKernel.Domain;
using Estate.SharedKernel.Ui;

namespace Estate.Modules.CustomerService.Domain;

/// <summary>
/// A complaint, suggestion or enquiry (投诉/建议/咨询) and its handling: the department that must act, the
/// first response and closing against the company's targets as they were when it came in, the owner's
/// satisfaction on the follow-up call, and a copy of the engineering work order opened for it.
/// </summary>
internal sealed class Complaint : PropertyEntity
{
    public const int NumberMaxLength = 32;
    public const int TitleMaxLength = 200;
    public const int DescriptionMaxLength = 4000;
    public const int NoteMaxLength = 1000;
    public const int ContactNameMaxLength = 50;
    public const int ContactPhoneMaxLength = 20;
    public const int DepartmentMaxLength = 32;
    public const int WorkOrderNumberMaxLength = 32;

    // Used by EF Core when it materialises a row.
    private Complaint(Guid organizationId, Guid id, Guid propertyId, string number, string title, string responsibleDepartment)
        : base(organizationId, id, propertyId)
    {
        Number = number;
        Title = title;
        ResponsibleDepartment = responsibleDepartment;
    }

    public string Number { get; private set; }

    public ComplaintKind Kind { get; private set; }

    public ComplaintCategory Category { get; private set; }

    public ComplaintChannel Channel { get; private set; }

    public Guid? UnitId { get; private set; }

    public Guid? OwnerId { get; private set; }

    public string? ContactName { get; private set; }

    public string? ContactPhone { get; private set; }

    public string Title { get; private set; }

    public string? Description { get; private set; }

    /// <summary>The module id of the department that must act, e.g. "engineering", or "customer-service" itself.</summary>
    public string ResponsibleDepartment { get; private set; }

    public ComplaintStatus Status { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    public DateTimeOffset ResponseDueAt { get; private set; }

    public DateTimeOffset CloseDueAt { get; private set; }

    /// <summary>When the owner first heard back; kept through reopenings, since the first response happens once.</summary>
    public DateTimeOffset? FirstRespondedAt { get; private set; }

    public string? ResponseNote { get; private set; }

    public DateTimeOffset? ResolvedAt { get; private set; }

    public string? ResolutionNote { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public int ReopenCount { get; private set; }

    public string? ReopenReason { get; private set; }

    public DateTimeOffset? FollowUpAt { get; private set; }

    public Satisfaction? FollowUpSatisfaction { get; private set; }

    public string? FollowUpNote { get; private set; }

    public Guid? WorkOrderId { get; private set; }

    public string? WorkOrderNumber { get; private set; }

    public WorkOrderStatus? WorkOrderStatus { get; private set; }

    public string? WorkOrderDelayReason { get; private set; }

    public DateTimeOffset? WorkOrderDeadline { get; private set; }

    /// <summary>The time of the latest engineering fact copied here; older events arriving late are ignored.</summary>
    public DateTimeOffset? WorkOrderUpdatedAt { get; private set; }

    public uint Version { get; private set; }

    public static Complaint Open(
        Guid organizationId,
        Guid propertyId,
        ComplaintKind kind,
        ComplaintCategory category,
        ComplaintChannel channel,
        Guid? unitId,
        Guid? ownerId,
        string? contactName,
        string? contactPhone,
        string title,
        string? description,
        string responsibleDepartment,
        ServiceTargets targets,
        DateTimeOffset now,
        TimeZoneInfo companyTimeZone)
    {
        var id = Guid.CreateVersion7(now);
        return new Complaint(organizationId, id, propertyId, NumberFor(id, TimeZoneInfo.ConvertTime(now, companyTimeZone)), title, responsibleDepartment)
        {
            Kind = kind,
            Category = category,
            Channel = channel,
            UnitId = unitId,
            OwnerId = ownerId,
            ContactName = contactName,
            ContactPhone = contactPhone,
            Description = description,
            Status = ComplaintStatus.Open,
            OpenedAt = now,
            ResponseDueAt = now + targets.FirstResponseTime,
            CloseDueAt = now + targets.CloseTime,
        };
    }

    public bool IsOpen => Status is ComplaintStatus.Open or ComplaintStatus.Responded;

    public void Correct(string title, string? description, ComplaintCategory category, string responsibleDepartment)
    {
        if (Status == ComplaintStatus.Closed)
        {
            throw Refused("change");
        }

        Title = title;
        Description = description;
        Category = category;
        ResponsibleDepartment = responsibleDepartment;
    }

    public void Respond(string note, DateTimeOffset now)
    {
        if (Status != ComplaintStatus.Open)
        {
            throw Refused("respond to");
        }

        FirstRespondedAt ??= now;
        ResponseNote = note;
        Status = ComplaintStatus.Responded;
    }

    /// <summary>Resolving an unanswered complaint is its first response too.</summary>
    public void Resolve(string note, DateTimeOffset now)
    {
        if (!IsOpen)
        {
            throw Refused("resolve");
        }

        FirstRespondedAt ??= now;
        ResolvedAt = now;
        ResolutionNote = note;
        Status = ComplaintStatus.Resolved;
    }

    public void Close(DateTimeOffset now)
    {
        if (Status != ComplaintStatus.Resolved)
        {
            throw Refused("close");
        }

        ClosedAt = now;
        Status = ComplaintStatus.Closed;
    }

    /// <summary>The owner says it is not settled: back to work with a fresh closing deadline; ReopenCount keeps it visible.</summary>
    public void Reopen(string reason, ServiceTargets targets, DateTimeOffset now)
    {
        if (Status is not (ComplaintStatus.Resolved or ComplaintStatus.Closed))
        {
            throw Refused("reopen");
        }

        ReopenReason = reason;
        ReopenCount++;
        ResolvedAt = null;
        ResolutionNote = null;
        ClosedAt = null;
        FollowUpAt = null;
        FollowUpSatisfaction = null;
        FollowUpNote = null;
        CloseDueAt = now + targets.CloseTime;
        Status = ComplaintStatus.Responded;
    }

    /// <summary>The call back to the owner after the resolution, once per resolution.</summary>
    public void RecordFollowUp(Satisfaction satisfaction, string? note, DateTimeOffset now)
    {
        if (Status is not (ComplaintStatus.Resolved or ComplaintStatus.Closed))
        {
            throw Refused("follow up");
        }

        if (FollowUpAt is not null)
        {
            throw new DomainRuleException("complaint.follow_up_recorded", Texts.T("该处理结果的回访已登记。", "The follow-up call of this resolution is already recorded."));
        }

        FollowUpAt = now;
        FollowUpSatisfaction = satisfaction;
        FollowUpNote = note;
    }

    public void LinkWorkOrder(WorkOrderSummary workOrder, DateTimeOffset now)
    {
        if (WorkOrderId is not null)
        {
            throw new DomainRuleException("complaint.work_order_exists", Texts.T($"该投诉已开具工单 {WorkOrderNumber}。", $"Work order {WorkOrderNumber} is already open for this complaint."));
        }

        WorkOrderId = workOrder.WorkOrderId;
        WorkOrderNumber = workOrder.Number;
        WorkOrderStatus = workOrder.Status;
        WorkOrderDelayReason = workOrder.DelayReason;
        WorkOrderDeadline = workOrder.Deadline;
        WorkOrderUpdatedAt = now;
        ResponsibleDepartment = EngineeringDepartment;
    }

    /// <summary>Keeps the copy of the work order's status current from engineering's events.</summary>
    public void TrackWorkOrder(WorkOrderStatus status, string? delayReason, DateTimeOffset at)
    {
        if (WorkOrderUpdatedAt is { } updated && at < updated)
        {
            return;
        }

        WorkOrderStatus = status;
        WorkOrderDelayReason = delayReason ?? WorkOrderDelayReason;
        WorkOrderUpdatedAt = at;
    }

    public void EnsureCanOpenWorkOrder()
    {
        if (!IsOpen)
        {
            throw Refused("open a work order for");
        }
    }

    public const string EngineeringDepartment = "engineering";

    // "TS-20261130-3F9A1C" (投诉): the company's local date and the random tail of the id.
    private static string NumberFor(Guid id, DateTimeOffset localNow) =>
        $"TS-{localNow:yyyyMMdd}-{id.ToString("N")[^6..].ToUpperInvariant()}";

    private DomainRuleException Refused(string action) =>
        new($"complaint.cannot_{action.Replace(' ', '_')}", Texts.T($"投诉当前状态为“{ComplaintTexts.Of(Status)}”，不能执行此操作。", $"Cannot {action} a complaint in status {Status}."));
}
