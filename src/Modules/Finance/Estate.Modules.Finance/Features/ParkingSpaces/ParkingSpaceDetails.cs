using System.Linq.Expressions;
using Estate.Modules.Finance.Domain;

namespace Estate.Modules.Finance.Features.ParkingSpaces;

internal sealed record ParkingSpaceDetails(
    Guid Id, Guid PropertyId, Guid UnitId, string Number, DateOnly AssignedOn, DateOnly? ReleasedOn, DateTimeOffset CreatedAt, uint Version)
{
    public static readonly Expression<Func<ParkingSpace, ParkingSpaceDetails>> Projection = p => new ParkingSpaceDetails(
        p.Id, p.PropertyId, p.UnitId, p.Number, p.AssignedOn, p.ReleasedOn, p.CreatedAt, p.Version);

    private static readonly Func<ParkingSpace, ParkingSpaceDetails> FromEntity = Projection.Compile();

    public static ParkingSpaceDetails From(ParkingSpace space) => FromEntity(space);
}
