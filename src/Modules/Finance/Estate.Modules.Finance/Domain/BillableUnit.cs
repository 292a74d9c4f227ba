using Estate.SharedKernel.Domain;

namespace Estate.Modules.Finance.Domain;

/// <summary>
/// Finance's own copy of a unit customer service keeps (its id is customer service's unit id): where it is, its
/// floor area and its billed owner. Refreshed in bulk at the start of every bill generation and kept current by
/// customer service's unit events, so bills are made from it even while customer service is off. A unit
/// removed there stays here, marked removed, because its bills still point to it.
/// </summary>
internal sealed class BillableUnit : PropertyEntity
{
    public const int BuildingNameMaxLength = 50;
    public const int UnitNumberMaxLength = 32;
    public const int OwnerNameMaxLength = 50;

    // Used by EF Core when it materialises a row.
    private BillableUnit(Guid organizationId, Guid id, Guid propertyId, string buildingName, string unitNumber)
        : base(organizationId, id, propertyId)
    {
        BuildingName = buildingName;
        UnitNumber = unitNumber;
    }

    public Guid BuildingId { get; private set; }

    public string BuildingName { get; private set; }

    public string UnitNumber { get; private set; }

    /// <summary>m², two decimals.</summary>
    public decimal FloorArea { get; private set; }

    public Guid? OwnerId { get; private set; }

    public string? OwnerName { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? RemovedAt { get; private set; }

    /// <summary>
    /// The due date of the unit's oldest unsettled bill (null: it owes nothing), kept by bill generation and payments
    /// so units in arrears are counted here rather than over the bills.
    /// </summary>
    public DateOnly? OldestOpenDueOn { get; private set; }
}
