using System.Linq.Expressions;
using Estate.Modules.Security.Domain;

namespace Estate.Modules.Security.Features.FireSafety;

/// <summary>
/// A finding as the API shows it; overdue when still open after its deadline (company-local day).
/// <see cref="WorkOrder"/> is engineering's view of the repair, filled on a single finding while engineering is available.
/// </summary>
internal sealed record FireSafetyFindingDetails(
    Guid Id,
    Guid PropertyId,
    Guid InspectionId,
    Guid AreaId,
    string AreaName,
    string ItemName,
    string Description,
    DateOnly FixDeadline,
    bool IsOverdue,
    bool NeedsRepair,
    Guid? WorkOrderId,
    string? WorkOrderNumber,
    FindingStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? FixedAt,
    string? FixNote,
    uint Version,
    RepairStatus? WorkOrder = null)
{
    public static Expression<Func<FireSafetyFinding, FireSafetyFindingDetails>> Projection(DateOnly today) => f => new FireSafetyFindingDetails(
        f.Id,
        f.PropertyId,
        f.InspectionId,
        f.AreaId,
        f.AreaName,
        f.ItemName,
        f.Description,
        f.FixDeadline,
        f.Status == FindingStatus.Open && f.FixDeadline < today,
        f.NeedsRepair,
        f.WorkOrderId,
        f.WorkOrderNumber,
        f.Status,
        f.CreatedAt,
        f.FixedAt,
        f.FixNote,
        f.Version,
        null);

    public static FireSafetyFindingDetails From(FireSafetyFinding finding, DateOnly today, RepairStatus? workOrder) =>
        Projection(today).Compile()(finding) with { WorkOrder = workOrder };
}
