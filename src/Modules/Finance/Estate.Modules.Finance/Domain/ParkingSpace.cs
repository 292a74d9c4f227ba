using Estate.SharedKernel.Domain;
using Estate.SharedKernel.Ui;

namespace Estate.Modules.Finance.Domain;

/// <summary>
/// A parking space (车位) a unit holds from one day, until released; per-parking-space fee items bill the unit
/// for each space it holds on any day of the month. A space number is held by one unit at a time.
/// </summary>
internal sealed class ParkingSpace : PropertyEntity
{
    public const int NumberMaxLength = 32;

    // Used by EF Core when it materialises a row.
    private ParkingSpace(Guid organizationId, Guid id, Guid propertyId, string number)
        : base(organizationId, id, propertyId) => Number = number;

    public Guid UnitId { get; private set; }

    public string Number { get; private set; }

    public DateOnly AssignedOn { get; private set; }

    /// <summary>The last day the unit held it; null while it does.</summary>
    public DateOnly? ReleasedOn { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>PostgreSQL's xmin (optimistic concurrency).</summary>
    public uint Version { get; private set; }

    public static ParkingSpace Assign(Guid organizationId, BillableUnit unit, string number, DateOnly assignedOn, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        return new ParkingSpace(organizationId, Guid.CreateVersion7(now), unit.PropertyId, number.Trim())
        {
            UnitId = unit.Id,
            AssignedOn = assignedOn,
            CreatedAt = now,
        };
    }

    public void Release(DateOnly lastDay)
    {
        if (ReleasedOn is not null)
        {
            throw new DomainRuleException("parking_space.already_released", Texts.T($"车位 {Number} 已于 {ReleasedOn:yyyy-MM-dd} 释放。", $"Parking space {Number} was released on {ReleasedOn:yyyy-MM-dd}."));
        }

        if (lastDay < AssignedOn)
        {
            throw new DomainRuleException("parking_space.released_before_assigned", Texts.T("车位的释放日期不能早于分配日期。", "A parking space cannot be released before it was assigned."));
        }

        ReleasedOn = lastDay;
    }
}
