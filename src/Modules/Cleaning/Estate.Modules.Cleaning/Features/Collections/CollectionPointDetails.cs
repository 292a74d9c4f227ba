using System.Linq.Expressions;
using Estate.Modules.Cleaning.Domain;

namespace Estate.Modules.Cleaning.Features.Collections;

internal sealed record CollectionPointDetails(
    Guid Id, Guid PropertyId, string Name, string? Location, TimeOnly CollectionTime, DateOnly ActiveFrom, DateTimeOffset CreatedAt)
{
    public static readonly Expression<Func<CollectionPoint, CollectionPointDetails>> Projection = p =>
        new CollectionPointDetails(p.Id, p.PropertyId, p.Name, p.Location, p.CollectionTime, p.ActiveFrom, p.CreatedAt);

    private static readonly Func<CollectionPoint, CollectionPointDetails> FromEntity = Projection.Compile();

    public static CollectionPointDetails From(CollectionPoint point) => FromEntity(point);
}
