using Estate.SharedKernel.Messaging;

namespace Estate.Modules.Engineering.Contracts;

/// <summary>An open work order passed its deadline: the escalation to the department head, published once per deadline.</summary>
public sealed record WorkOrderOverdue(
    Guid OrganizationId,
    Guid WorkOrderId,
    Guid PropertyId,
    string Number,
    string Title,
    WorkOrderPriority Priority,
    WorkOrderStatus Status,
    Guid? AssigneeUserId,
    string? DelayReason,
    DateTimeOffset Deadline,
    DateTimeOffset OverdueSince) : IIntegrationEvent;
