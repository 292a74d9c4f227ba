using Estate.SharedKernel.Domain;
using Estate.SharedKernel.Ui;

namespace Estate.Modules.Security.Domain;

/// <summary>A fire-safety inspection (消防安全检查) of one area: its checklist items, each passed or failed.</summary>
internal sealed class FireInspection : PropertyEntity
{
    public const int NotesMaxLength = 2000;
    public const int MaxItems = 100;

    /// <summary>A finding without a deadline of its own must be fixed within this many days of the inspection.</summary>
    public const int DefaultFixDays = 7;

    private readonly List<FireInspectionItem> _items = [];

    private FireInspection(Guid organizationId, Guid id, Guid propertyId, string areaName, string inspectorName)
        : base(organizationId, id, propertyId)
    {
        AreaName = areaName;
        InspectorName = inspectorName;
    }

    public Guid AreaId { get; private set; }

    public string AreaName { get; private set; }

    public DateTimeOffset InspectedAt { get; private set; }

    public Guid InspectorUserId { get; private set; }

    public string InspectorName { get; private set; }

    public string? Notes { get; private set; }

    public int FailedCount { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public IReadOnlyList<FireInspectionItem> Items => _items;

    /// <summary>Records the inspection; each failed item becomes a finding to fix by its deadline.</summary>
    public static (FireInspection Inspection, IReadOnlyList<FireSafetyFinding> Findings) Record(
        FireSafetyArea area,
        DateTimeOffset inspectedAt,
        DateOnly inspectedOn,
        Guid inspectorUserId,
        string inspectorName,
        string? notes,
        IReadOnlyList<CheckedItem> items,
        DateTimeOffset now)
    {
        if (items.Count == 0)
        {
            throw new DomainRuleException("fire_inspection.no_items", Texts.T("检查至少需要记录一个检查项。", "An inspection records at least one checklist item."));
        }

        var inspection = new FireInspection(area.OrganizationId, Guid.CreateVersion7(now), area.PropertyId, area.Name, inspectorName)
        {
            AreaId = area.Id,
            InspectedAt = inspectedAt,
            InspectorUserId = inspectorUserId,
            Notes = notes,
            CreatedAt = now,
        };
        var findings = new List<FireSafetyFinding>();
        var sequence = 0;
        foreach (var item in items)
        {
            FireSafetyFinding? finding = null;
            if (!item.Passed)
            {
                finding = FireSafetyFinding.Raise(
                    inspection, item.Name, item.Note ?? item.Name, item.FixDeadline ?? inspectedOn.AddDays(DefaultFixDays), item.NeedsRepair, now);
                findings.Add(finding);
            }

            inspection._items.Add(new FireInspectionItem(
                area.OrganizationId, Guid.CreateVersion7(now), inspection.Id, ++sequence, item.Name, item.Passed, item.Note, finding?.Id));
        }

        inspection.FailedCount = findings.Count;
        return (inspection, findings);
    }

    /// <summary>One checklist item as the inspector found it.</summary>
    internal sealed record CheckedItem(string Name, bool Passed, string? Note, bool NeedsRepair, DateOnly? FixDeadline);
}
