using Estate.SharedKernel.Messaging;

namespace Estate.Modules.Engineering.Contracts;

/// <summary>A repair work order was opened.</summary>
public sealed record WorkOrderOpened(
    Guid OrganizationId,
    Guid WorkOrderId,
    Guid PropertyId,
    string Number,
    string Title,
    WorkOrderCategory Category,
    WorkOrderPriority Priority,
    WorkOrderSource Source,
    DateTimeOffset Deadline) : IIntegrationEvent;
