using System.Linq.Expressions;
using Estate.Modules.Cleaning.Domain;

namespace Estate.Modules.Cleaning.Features.Supplies;

internal sealed record SupplyPurchaseDetails(
    Guid Id,
    Guid PropertyId,
    string Item,
    decimal Quantity,
    string Unit,
    decimal UnitCost,
    decimal Total,
    string Supplier,
    DateOnly PurchasedOn,
    bool IsEcoFriendly,
    string? Note,
    Guid RecordedByUserId,
    DateTimeOffset RecordedAt)
{
    public static readonly Expression<Func<SupplyPurchase, SupplyPurchaseDetails>> Projection = p => new SupplyPurchaseDetails(
        p.Id, p.PropertyId, p.Item, p.Quantity, p.Unit, p.UnitCost, p.Total, p.Supplier, p.PurchasedOn, p.IsEcoFriendly, p.Note, p.RecordedByUserId, p.RecordedAt);

    private static readonly Func<SupplyPurchase, SupplyPurchaseDetails> FromEntity = Projection.Compile();

    public static SupplyPurchaseDetails From(SupplyPurchase purchase) => FromEntity(purchase);
}
