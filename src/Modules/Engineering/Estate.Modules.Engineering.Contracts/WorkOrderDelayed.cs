using Estate.SharedKernel.Messaging;

namespace Estate.Modules.Engineering.Contracts;

/// <summary>A work order is waiting, with the reason customer service can give the owner.</summary>
public sealed record WorkOrderDelayed(Guid OrganizationId, Guid WorkOrderId, Guid PropertyId, string Reason, DateTimeOffset DelayedAt)
    : IIntegrationEvent;
