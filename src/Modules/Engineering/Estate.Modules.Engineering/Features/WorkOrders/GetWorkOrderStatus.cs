using Estate.Modules.Engineering.Contracts;
using Estate.Modules.Engineering.Data;
using Estate.Modules.Engineering.Domain;
using Estate.SharedKernel.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Engineering.Features.WorkOrders;

/// <summary>Answers engineering's contract <see cref="GetWorkOrderStatus"/> for other departments.</summary>
internal sealed class GetWorkOrderStatusHandler(EngineeringDbContext db) : IRequestHandler<GetWorkOrderStatus, Result<WorkOrderSummary>>
{
    public async Task<Result<WorkOrderSummary>> Handle(GetWorkOrderStatus request, CancellationToken cancellationToken)
    {
        var summary = await db.WorkOrders.AsNoTracking()
            .Where(w => w.Id == request.WorkOrderId)
            .Select(WorkOrderSummaries.Projection)
            .FirstOrDefaultAsync(cancellationToken);
        return summary is null ? Error.NotFound(new("工单", "Work order"), request.WorkOrderId) : summary;
    }
}

internal static class WorkOrderSummaries
{
    public static readonly System.Linq.Expressions.Expression<Func<WorkOrder, WorkOrderSummary>> Projection = w =>
        new WorkOrderSummary(w.Id, w.Number, w.PropertyId, w.Status, w.DelayReason, w.Deadline, w.IsOverdue, w.CompletedAt, w.ClosedAt);

    private static readonly Func<WorkOrder, WorkOrderSummary> Compiled = Projection.Compile();

    public static WorkOrderSummary From(WorkOrder workOrder) => Compiled(workOrder);
}
