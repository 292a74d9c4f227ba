using Estate.SharedKernel.Messaging;

namespace Estate.Modules.Engineering.Contracts;

/// <summary>A completed work order was accepted and closed.</summary>
public sealed record WorkOrderClosed(Guid OrganizationId, Guid WorkOrderId, Guid PropertyId, DateTimeOffset ClosedAt) : IIntegrationEvent;
