using System.Linq.Expressions;
using Estate.Modules.Cleaning.Domain;
using Estate.Modules.Engineering.Contracts;

namespace Estate.Modules.Cleaning.Features.DeadCorners;

/// <summary>
/// A dead corner as the API shows it. <see cref="AwaitsEngineering"/>: it needs engineering but no work order
/// could be opened yet. <see cref="WorkOrder"/> is engineering's current view of the work order, on the detail
/// only and only while engineering is available to the company.
/// </summary>
internal sealed record DeadCornerDetails(
    Guid Id,
    Guid PropertyId,
    string Place,
    string Description,
    string? PhotoUrl,
    DeadCornerStatus Status,
    EngineeringNeed? EngineeringNeed,
    bool NeedsEngineering,
    bool AwaitsEngineering,
    Guid? WorkOrderId,
    string? WorkOrderNumber,
    Guid ReportedByUserId,
    string ReportedByName,
    DateTimeOffset ReportedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? ResolvedAt,
    string? ResolutionNote,
    uint Version)
{
    public WorkOrderSummary? WorkOrder { get; init; }

    public static readonly Expression<Func<DeadCorner, DeadCornerDetails>> Projection = d => new DeadCornerDetails(
        d.Id,
        d.PropertyId,
        d.Place,
        d.Description,
        d.PhotoUrl,
        d.Status,
        d.EngineeringNeed,
        d.EngineeringNeed != null,
        d.EngineeringNeed != null && d.WorkOrderId == null,
        d.WorkOrderId,
        d.WorkOrderNumber,
        d.ReportedByUserId,
        d.ReportedByName,
        d.ReportedAt,
        d.StartedAt,
        d.ResolvedAt,
        d.ResolutionNote,
        d.Version);

    private static readonly Func<DeadCorner, DeadCornerDetails> FromEntity = Projection.Compile();

    public static DeadCornerDetails From(DeadCorner deadCorner) => FromEntity(deadCorner);
}
