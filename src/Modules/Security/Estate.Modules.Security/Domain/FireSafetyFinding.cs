using Estate.SharedKernel.Domain;
using Estate.SharedKernel.Ui;

namespace Estate.Modules.Security.Domain;

/// <summary>A fire-safety hazard (消防隐患) found by an inspection, to be fixed by its deadline; a repair goes to engineering.</summary>
internal sealed class FireSafetyFinding : PropertyEntity
{
    public const int FixNoteMaxLength = 1000;

    private FireSafetyFinding(Guid organizationId, Guid id, Guid propertyId, string areaName, string itemName, string description)
        : base(organizationId, id, propertyId)
    {
        AreaName = areaName;
        ItemName = itemName;
        Description = description;
    }

    public Guid InspectionId { get; private set; }

    public Guid AreaId { get; private set; }

    public string AreaName { get; private set; }

    public string ItemName { get; private set; }

    public string Description { get; private set; }

    /// <summary>The company-local date by which it must be fixed; open after that day it is overdue.</summary>
    public DateOnly FixDeadline { get; private set; }

    public bool NeedsRepair { get; private set; }

    public Guid? WorkOrderId { get; private set; }

    public string? WorkOrderNumber { get; private set; }

    public FindingStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? FixedAt { get; private set; }

    public string? FixNote { get; private set; }

    public uint Version { get; private set; }

    public static FireSafetyFinding Raise(FireInspection inspection, string itemName, string description, DateOnly fixDeadline, bool needsRepair, DateTimeOffset now) =>
        new(inspection.OrganizationId, Guid.CreateVersion7(now), inspection.PropertyId, inspection.AreaName, itemName, description)
        {
            InspectionId = inspection.Id,
            AreaId = inspection.AreaId,
            FixDeadline = fixDeadline,
            NeedsRepair = needsRepair,
            Status = FindingStatus.Open,
            CreatedAt = now,
        };

    public void LinkWorkOrder(Guid workOrderId, string number)
    {
        WorkOrderId = workOrderId;
        WorkOrderNumber = number;
    }

    public void Fix(string note, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(note);
        if (Status == FindingStatus.Fixed)
        {
            throw new DomainRuleException("fire_safety_finding.already_fixed", Texts.T("该隐患已整改。", "The finding is already fixed."));
        }

        FixNote = note;
        FixedAt = now;
        Status = FindingStatus.Fixed;
    }
}
