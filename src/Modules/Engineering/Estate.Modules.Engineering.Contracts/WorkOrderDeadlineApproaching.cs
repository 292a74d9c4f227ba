using Estate.SharedKernel.Messaging;

namespace Estate.Modules.Engineering.Contracts;

/// <summary>
/// An open work order has less than a quarter of its allowed time left; published once per deadline
/// (a reopened order gets a new deadline and may be warned again).
/// </summary>
public sealed record WorkOrderDeadlineApproaching(
    Guid OrganizationId,
    Guid WorkOrderId,
    Guid PropertyId,
    string Number,
    string Title,
    WorkOrderPriority Priority,
    WorkOrderStatus Status,
    Guid? AssigneeUserId,
    DateTimeOffset Deadline,
    DateTimeOffset WarnedAt) : IIntegrationEvent;
