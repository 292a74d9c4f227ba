using System.Linq.Expressions;
using Estate.Modules.Security.Domain;

namespace Estate.Modules.Security.Features.AccessProblems;

/// <summary>
/// An access-control problem as the API shows it. <see cref="WorkOrder"/> is engineering's view of the repair,
/// filled on a single problem while engineering is available; lists leave it out.
/// </summary>
internal sealed record AccessProblemDetails(
    Guid Id,
    Guid PropertyId,
    string Gate,
    string Problem,
    bool FoundOnPatrol,
    Guid ReportedByUserId,
    string ReportedByName,
    DateTimeOffset ReportedAt,
    AccessProblemStatus Status,
    bool NeedsRepair,
    DateTimeOffset? RepairRequestedAt,
    Guid? WorkOrderId,
    string? WorkOrderNumber,
    DateTimeOffset? ResolvedAt,
    string? Resolution,
    uint Version,
    RepairStatus? WorkOrder = null)
{
    public static readonly Expression<Func<AccessProblem, AccessProblemDetails>> Projection = a => new AccessProblemDetails(
        a.Id,
        a.PropertyId,
        a.Gate,
        a.Problem,
        a.FoundOnPatrol,
        a.ReportedByUserId,
        a.ReportedByName,
        a.ReportedAt,
        a.Status,
        a.NeedsRepair,
        a.RepairRequestedAt,
        a.WorkOrderId,
        a.WorkOrderNumber,
        a.ResolvedAt,
        a.Resolution,
        a.Version,
        null);

    private static readonly Func<AccessProblem, AccessProblemDetails> FromEntity = Projection.Compile();

    public static AccessProblemDetails From(AccessProblem problem, RepairStatus? workOrder) => FromEntity(problem) with { WorkOrder = workOrder };
}
