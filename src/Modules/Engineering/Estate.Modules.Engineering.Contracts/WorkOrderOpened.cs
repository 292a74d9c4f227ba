using Estate.SharedKernel.Messaging;

namespace Estate.Modules.Engineering.Contracts;

/// <summary>A repair work order was opened. Category, priority and source are the engineering module's enum names.</summary>
public sealed record WorkOrderOpened(
    Guid OrganizationId,
    Guid WorkOrderId,
    Guid PropertyId,
    string Number,
    string Title,
    string Category,
    string Priority,
    string Source,
    DateTimeOffset Deadline) : IIntegrationEvent;
