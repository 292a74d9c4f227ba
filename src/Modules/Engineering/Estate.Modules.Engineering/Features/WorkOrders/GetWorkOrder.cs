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
    // The most frequent read: compiled once, so a request skips the query cache lookup (the company filter still applies).
    private static readonly Func<EngineeringDbContext, Guid, CancellationToken, Task<WorkOrderDetails?>> Find = EF.CompileAsyncQuery(
        (EngineeringDbContext db, Guid id, CancellationToken cancellationToken) =>
            db.WorkOrders.AsNoTracking().Where(w => w.Id == id).Select(WorkOrderDetails.Projection).FirstOrDefault());

    public async Task<Result<WorkOrderDetails>> Handle(GetWorkOrder request, CancellationToken cancellationToken)
    {
        var details = await Find(db, request.Id, cancellationToken);
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
