using Estate.Modules.Engineering.Contracts;
using Estate.Modules.Engineering.Data;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Engineering.Features.WorkOrders;

internal sealed record GetWorkOrder(Guid Id) : IRequest<Result<WorkOrderDetails>>;

internal sealed class GetWorkOrderHandler(EngineeringDbContext db) : IRequestHandler<GetWorkOrder, Result<WorkOrderDetails>>
{
    public async Task<Result<WorkOrderDetails>> Handle(GetWorkOrder request, CancellationToken cancellationToken)
    {
        var details = await db.WorkOrders.AsNoTracking()
            .Where(w => w.Id == request.Id)
            .Select(WorkOrderDetails.Projection)
            .FirstOrDefaultAsync(cancellationToken);
        return details is null ? Error.NotFound(new("工单", "Work order"), request.Id) : details;
    }
}

internal static class GetWorkOrderEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("work-orders/{id}", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetWorkOrder(id), cancellationToken)).ToOk())
            .WithName(nameof(GetWorkOrder))
            .RequireAuthorization(EngineeringPermissions.Read);
}
