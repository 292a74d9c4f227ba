using System.Linq.Expressions;
using Estate.Modules.Cleaning.Domain;

namespace Estate.Modules.Cleaning.Features.Zones;

internal sealed record ZoneDetails(Guid Id, Guid PropertyId, string Name, ZoneKind Kind, string? Description, DateTimeOffset CreatedAt)
{
    public static readonly Expression<Func<CleaningZone, ZoneDetails>> Projection = z =>
        new ZoneDetails(z.Id, z.PropertyId, z.Name, z.Kind, z.Description, z.CreatedAt);

    private static readonly Func<CleaningZone, ZoneDetails> FromEntity = Projection.Compile();

    public static ZoneDetails From(CleaningZone zone) => FromEntity(zone);
}
