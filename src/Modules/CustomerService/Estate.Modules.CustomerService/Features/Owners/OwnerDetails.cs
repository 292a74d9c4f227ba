using Estate.Modules.CustomerService.Contracts;
using Estate.Modules.CustomerService.Data;
using Estate.Modules.CustomerService.Domain;

namespace Estate.Modules.CustomerService.Features.Owners;

/// <summary>An owner or tenant as the API shows them, with their unit; <see cref="Version"/> is sent back with every change.</summary>
internal sealed record OwnerDetails(
    Guid Id,
    Guid PropertyId,
    Guid UnitId,
    string BuildingName,
    string UnitNumber,
    string Name,
    string? Phone,
    ResidentKind Kind,
    DateOnly? MoveInDate,
    DateTimeOffset CreatedAt,
    uint Version)
{
    /// <summary>Owners by name (EF cannot sort on a constructor-projected record, so the order is set here).</summary>
    public static IQueryable<OwnerDetails> Query(CustomerServiceDbContext db, IQueryable<Owner> owners) =>
        from o in owners
        join u in db.Units on o.UnitId equals u.Id
        join b in db.Buildings on u.BuildingId equals b.Id
        orderby o.Name, o.Id
        select new OwnerDetails(o.Id, o.PropertyId, o.UnitId, b.Name, u.Number, o.Name, o.Phone, o.Kind, o.MoveInDate, o.CreatedAt, o.Version);

    public static OwnerDetails From(Owner o, string buildingName, string unitNumber) =>
        new(o.Id, o.PropertyId, o.UnitId, buildingName, unitNumber, o.Name, o.Phone, o.Kind, o.MoveInDate, o.CreatedAt, o.Version);
}

internal static class OwnerEvents
{
    public static OwnerChanged Changed(Owner owner) => new(owner.OrganizationId, owner.Id, owner.UnitId, owner.Name, owner.IsOwner);
}
