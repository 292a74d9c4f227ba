using Estate.SharedKernel.Domain;
using Estate.SharedKernel.Ui;

namespace Estate.Modules.Engineering.Domain;

/// <summary>One service of a facility (维修/保养记录): when, what was done, by whom and what it cost in CNY.</summary>
internal sealed class MaintenanceRecord : PropertyEntity
{
    public const int WorkMaxLength = 1000;
    public const int PerformedByMaxLength = 200;
    public const decimal MaxCost = 99_999_999.99m;

    // Used by EF Core when it materialises a row.
    private MaintenanceRecord(Guid organizationId, Guid id, Guid propertyId, Guid facilityId, string work, string performedBy)
        : base(organizationId, id, propertyId)
    {
        FacilityId = facilityId;
        Work = work;
        PerformedBy = performedBy;
    }

    public Guid FacilityId { get; private set; }

    public DateOnly PerformedOn { get; private set; }

    public string Work { get; private set; }

    /// <summary>A technician or an outside contractor ("奥的斯维保 周师傅"), so a name rather than a user.</summary>
    public string PerformedBy { get; private set; }

    public decimal Cost { get; private set; }

    public Guid? WorkOrderId { get; private set; }

    public Guid? RecordedByUserId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static MaintenanceRecord For(
        Facility facility, DateOnly performedOn, string work, string performedBy, decimal cost, Guid? workOrderId, Guid? recordedByUserId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(facility);
        ArgumentException.ThrowIfNullOrWhiteSpace(work);
        ArgumentException.ThrowIfNullOrWhiteSpace(performedBy);
        if (cost is < 0 or > MaxCost)
        {
            throw new DomainRuleException("maintenance_record.invalid_cost", Texts.T("费用须在 0 至 99,999,999.99 元之间。", "A cost is between 0 and 99,999,999.99 CNY."));
        }

        return new MaintenanceRecord(facility.OrganizationId, Guid.CreateVersion7(now), facility.PropertyId, facility.Id, work, performedBy)
        {
            PerformedOn = performedOn,
            Cost = cost,
            WorkOrderId = workOrderId,
            RecordedByUserId = recordedByUserId,
            CreatedAt = now,
        };
    }
}
