using Estate.Modules.Engineering.Contracts;
using Estate.Modules.Engineering.Data;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Engineering.Features.MaintenancePlans;

internal sealed record GetMaintenancePlan(Guid Id) : IRequest<Result<MaintenancePlanDetails>>;

internal sealed class GetMaintenancePlanHandler(EngineeringDbContext db) : IRequestHandler<GetMaintenancePlan, Result<MaintenancePlanDetails>>
{
    public async Task<Result<MaintenancePlanDetails>> Handle(GetMaintenancePlan request, CancellationToken cancellationToken)
    {
        var details = await db.MaintenancePlans.AsNoTracking()
            .Where(p => p.Id == request.Id)
            .Select(MaintenancePlanDetails.Projection)
            .FirstOrDefaultAsync(cancellationToken);
        return details is null ? Error.NotFound(new("维保计划", "Maintenance plan"), request.Id) : details;
    }
}

internal static class GetMaintenancePlanEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("maintenance-plans/{id}", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetMaintenancePlan(id), cancellationToken)).ToOk())
            .WithName(nameof(GetMaintenancePlan))
            .RequireAuthorization(EngineeringPermissions.Read);
}
