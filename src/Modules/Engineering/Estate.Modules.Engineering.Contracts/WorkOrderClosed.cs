using Estate.SharedKernel.Messaging;

namespace Estate.Modules.Engineering.Contracts;

public sealed record WorkOrderClosed(Guid OrganizationId, Guid WorkOrderId, Guid PropertyId, DateTimeOffset ClosedAt) : IIntegrationEvent;
