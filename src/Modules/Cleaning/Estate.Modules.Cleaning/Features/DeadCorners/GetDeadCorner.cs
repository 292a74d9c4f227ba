using Estate.Modules.Cleaning.Contracts;
using Estate.Modules.Cleaning.Data;
using Estate.Modules.Engineering.Contracts;
using Estate.SharedKernel.Modules;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Cleaning.Features.DeadCorners;

/// <summary>A dead corner with engineering's current status of its work order, when engineering is available.</summary>
internal sealed record GetDeadCorner(Guid Id) : IRequest<Result<DeadCornerDetails>>;

internal sealed class GetDeadCornerHandler(CleaningDbContext db, IModuleAvailability modules, IMediator mediator)
    : IRequestHandler<GetDeadCorner, Result<DeadCornerDetails>>
{
    public async Task<Result<DeadCornerDetails>> Handle(GetDeadCorner request, CancellationToken cancellationToken)
    {
        var details = await db.DeadCorners.AsNoTracking().Where(d => d.Id == request.Id).Select(DeadCornerDetails.Projection).FirstOrDefaultAsync(cancellationToken);
        if (details is null)
        {
            return Error.NotFound(new("卫生死角", "Dead corner"), request.Id);
        }

        if (details.WorkOrderId is { } workOrderId && await modules.IsAvailableAsync(EngineeringReferral.EngineeringModuleId, cancellationToken))
        {
            var status = await mediator.Send(new GetWorkOrderStatus(workOrderId), cancellationToken);
            return status.IsSuccess ? details with { WorkOrder = status.Value } : details;
        }

        return details;
    }
}

internal static class GetDeadCornerEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("dead-corners/{id}", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetDeadCorner(id), cancellationToken)).ToOk())
            .WithName(nameof(GetDeadCorner))
            .RequireAuthorization(CleaningPermissions.Read);
}
