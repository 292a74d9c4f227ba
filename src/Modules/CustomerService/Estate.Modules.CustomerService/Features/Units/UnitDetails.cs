using Estate.Modules.CustomerService.Data;
using Estate.Modules.CustomerService.Domain;

namespace Estate.Modules.CustomerService.Features.Units;

/// <summary>A unit as the API shows it, with its building's name; <see cref="Version"/> is sent back with every change.</summary>
internal sealed record UnitDetails(
    Guid Id,
    Guid PropertyId,
    Guid BuildingId,
    string BuildingName,
    string Number,
    string? Entrance,
    int? Floor,
    decimal FloorArea,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    uint Version)
{
    /// <summary>Units by property, building name and number (EF cannot sort on a constructor-projected record, so the order is set here).</summary>
    public static IQueryable<UnitDetails> Query(CustomerServiceDbContext db, IQueryable<Unit> units) =>
        from u in units
        join b in db.Buildings on u.BuildingId equals b.Id
        orderby u.PropertyId, b.Name, u.Number, u.Id
        select new UnitDetails(u.Id, u.PropertyId, u.BuildingId, b.Name, u.Number, u.Entrance, u.Floor, u.FloorArea, u.CreatedAt, u.UpdatedAt, u.Version);

    public static UnitDetails From(Unit u, string buildingName) =>
        new(u.Id, u.PropertyId, u.BuildingId, buildingName, u.Number, u.Entrance, u.Floor, u.FloorArea, u.CreatedAt, u.UpdatedAt, u.Version);
}
