using Estate.Modules.Security.Contracts;
using Estate.Modules.Security.Data;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Security.Features.Patrol;

internal sealed record GetPatrolRoute(Guid Id) : IRequest<Result<PatrolRouteDetails>>;

internal sealed class GetPatrolRouteHandler(SecurityDbContext db) : IRequestHandler<GetPatrolRoute, Result<PatrolRouteDetails>>
{
    public async Task<Result<PatrolRouteDetails>> Handle(GetPatrolRoute request, CancellationToken cancellationToken)
    {
        var route = await db.PatrolRoutes.AsNoTracking().Where(r => r.Id == request.Id).Select(PatrolRouteDetails.Projection).FirstOrDefaultAsync(cancellationToken);
        return route is null ? Error.NotFound(new("巡更路线", "Patrol route"), request.Id) : route;
    }
}

internal static class GetPatrolRouteEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("patrol/routes/{id}", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetPatrolRoute(id), cancellationToken)).ToOk())
            .WithName(nameof(GetPatrolRoute))
            .RequireAuthorization(SecurityPermissions.Read);
}
