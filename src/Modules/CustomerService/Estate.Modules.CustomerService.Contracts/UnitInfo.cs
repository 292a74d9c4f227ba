namespace Estate.Modules.CustomerService.Contracts;

/// <summary>A unit (户) as other departments see it: where it is, its floor area in m², and its current owner.</summary>
public sealed record UnitInfo(
    Guid UnitId,
    Guid PropertyId,
    Guid BuildingId,
    string BuildingName,
    string UnitNumber,
    decimal FloorArea,
    Guid? OwnerId,
    string? OwnerName);

/// <summary>An owner or resident of one or more units.</summary>
public sealed record OwnerInfo(Guid OwnerId, string Name, string? Phone, bool IsOwner, IReadOnlyList<Guid> UnitIds);
