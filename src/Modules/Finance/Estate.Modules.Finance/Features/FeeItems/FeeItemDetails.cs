using System.Linq.Expressions;
using Estate.Modules.Finance.Domain;

namespace Estate.Modules.Finance.Features.FeeItems;

internal sealed record FeeItemDetails(
    Guid Id,
    string Name,
    FeeItemKind Kind,
    decimal UnitPrice,
    Guid? PropertyId,
    DateOnly ActiveFrom,
    DateOnly? ActiveTo,
    DateTimeOffset CreatedAt,
    uint Version)
{
    public static readonly Expression<Func<FeeItem, FeeItemDetails>> Projection = f => new FeeItemDetails(
        f.Id, f.Name, f.Kind, f.UnitPrice, f.PropertyId, f.ActiveFrom, f.ActiveTo, f.CreatedAt, f.Version);

    private static readonly Func<FeeItem, FeeItemDetails> FromEntity = Projection.Compile();

    public static FeeItemDetails From(FeeItem item) => FromEntity(item);
}
