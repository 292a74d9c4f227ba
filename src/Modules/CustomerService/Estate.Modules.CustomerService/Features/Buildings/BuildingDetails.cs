using System.Linq.Expressions;
using Estate.Modules.CustomerService.Domain;

namespace Estate.Modules.CustomerService.Features.Buildings;

/// <summary>A building as the API shows it; <see cref="Version"/> is sent back with every change.</summary>
internal sealed record BuildingDetails(Guid Id, Guid PropertyId, string Name, int? Floors, DateTimeOffset CreatedAt, uint Version)
{
    public static readonly Expression<Func<Building, BuildingDetails>> Projection = b =>
        new BuildingDetails(b.Id, b.PropertyId, b.Name, b.Floors, b.CreatedAt, b.Version);

    private static readonly Func<Building, BuildingDetails> FromEntity = Projection.Compile();

    public static BuildingDetails From(Building building) => FromEntity(building);
}
