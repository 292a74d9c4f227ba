using Estate.SharedKernel.Messaging;

namespace Estate.Modules.CustomerService.Contracts;

/// <summary>A unit was added or changed (imported, re-measured, re-numbered).</summary>
public sealed record UnitChanged(
    Guid OrganizationId, Guid UnitId, Guid PropertyId, Guid BuildingId, string BuildingName, string UnitNumber, decimal FloorArea) : IIntegrationEvent;

public sealed record UnitRemoved(Guid OrganizationId, Guid UnitId) : IIntegrationEvent;

/// <summary>An owner or resident was added, changed or moved; <paramref name="UnitId"/> is the unit they are linked to.</summary>
public sealed record OwnerChanged(Guid OrganizationId, Guid OwnerId, Guid UnitId, string Name, bool IsOwner) : IIntegrationEvent;

/// <summary>A complaint, suggestion or enquiry was registered.</summary>
public sealed record ComplaintOpened(
    Guid OrganizationId,
    Guid ComplaintId,
    Guid PropertyId,
    ComplaintKind Kind,
    ComplaintCategory Category,
    ComplaintChannel Channel,
    string? ResponsibleDepartment,
    DateTimeOffset OpenedAt) : IIntegrationEvent;
