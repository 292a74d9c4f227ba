using Estate.SharedKernel.Domain;

namespace Estate.Modules.Finance.Domain;

/// <summary>
/// What one unit owes for one fee item in one billing period (a month): the quantity (m², 1, or parking
/// spaces) times the fee item's unit price at generation. Company, period, unit and fee item are unique, so
/// generating a period again adds only what is missing. Bills are made in bulk by SQL (<c>BillGeneration</c>);
/// payments settle them here, oldest first.
/// </summary>
internal sealed class Bill : PropertyEntity
{
    // Used by EF Core when it materialises a row.
    private Bill(Guid organizationId, Guid id, Guid propertyId)
        : base(organizationId, id, propertyId)
    {
    }

    public Guid BuildingId { get; private set; }

    public Guid UnitId { get; private set; }

    public Guid FeeItemId { get; private set; }

    /// <summary>The first day of the billing month.</summary>
    public DateOnly Period { get; private set; }

    public decimal Quantity { get; private set; }

    public decimal UnitPrice { get; private set; }

    public decimal AmountDue { get; private set; }

    public decimal AmountPaid { get; private set; }

    public DateOnly DueOn { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the payment that completed it was made; null while anything is owed.</summary>
    public DateTimeOffset? SettledAt { get; private set; }

    public Guid BillingRunId { get; private set; }

    /// <summary>PostgreSQL's xmin: two payments racing for the same bill cannot both take its balance.</summary>
    public uint Version { get; private set; }

    public decimal Outstanding => AmountDue - AmountPaid;

    /// <summary>Takes what it still owes out of <paramref name="available"/>; returns the amount taken.</summary>
    public decimal Settle(decimal available, DateTimeOffset paidAt)
    {
        if (available <= 0 || Outstanding <= 0)
        {
            return 0;
        }

        var taken = Math.Min(available, Outstanding);
        AmountPaid += taken;
        if (Outstanding == 0)
        {
            SettledAt = paidAt;
        }

        return taken;
    }
}
