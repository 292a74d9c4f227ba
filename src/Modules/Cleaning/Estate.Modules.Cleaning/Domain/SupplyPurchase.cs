using Estate.SharedKernel.Domain;

namespace Estate.Modules.Cleaning.Domain;

/// <summary>A purchase of cleaning supplies for a property; eco-friendly ones count toward the eco share of spending.</summary>
internal sealed class SupplyPurchase : PropertyEntity
{
    public const int ItemMaxLength = 200;
    public const int UnitMaxLength = 20;
    public const int SupplierMaxLength = 200;
    public const int NoteMaxLength = 500;
    public const decimal MaxQuantity = 100_000m;
    public const decimal MaxUnitCost = 100_000m;

    // Used by EF Core when it materialises a row.
    private SupplyPurchase(Guid organizationId, Guid id, Guid propertyId, string item, string unit, string supplier)
        : base(organizationId, id, propertyId)
    {
        Item = item;
        Unit = unit;
        Supplier = supplier;
    }

    public string Item { get; private set; }

    public decimal Quantity { get; private set; }

    public string Unit { get; private set; }

    /// <summary>Price of one unit in yuan (元).</summary>
    public decimal UnitCost { get; private set; }

    /// <summary>Quantity × unit cost, rounded to the fen (分).</summary>
    public decimal Total { get; private set; }

    public string Supplier { get; private set; }

    public DateOnly PurchasedOn { get; private set; }

    public bool IsEcoFriendly { get; private set; }

    public string? Note { get; private set; }

    public Guid RecordedByUserId { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public static SupplyPurchase Record(
        Guid organizationId,
        Guid propertyId,
        string item,
        decimal quantity,
        string unit,
        decimal unitCost,
        string supplier,
        DateOnly purchasedOn,
        bool isEcoFriendly,
        string? note,
        Guid recordedByUserId,
        DateTimeOffset now) =>
        new(organizationId, Guid.CreateVersion7(now), propertyId, item, unit, supplier)
        {
            Quantity = quantity,
            UnitCost = unitCost,
            Total = decimal.Round(quantity * unitCost, 2, MidpointRounding.AwayFromZero),
            PurchasedOn = purchasedOn,
            IsEcoFriendly = isEcoFriendly,
            Note = note,
            RecordedByUserId = recordedByUserId,
            RecordedAt = now,
        };
}
