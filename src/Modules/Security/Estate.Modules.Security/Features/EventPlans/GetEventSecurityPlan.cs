using Estate.Modules.Security.Contracts;
using Estate.Modules.Security.Data;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Security.Features.EventPlans;

internal sealed record GetEventSecurityPlan(Guid Id) : IRequest<Result<EventSecurityPlanDetails>>;

internal sealed class GetEventSecurityPlanHandler(SecurityDbContext db) : IRequestHandler<GetEventSecurityPlan, Result<EventSecurityPlanDetails>>
{
    public async Task<Result<EventSecurityPlanDetails>> Handle(GetEventSecurityPlan request, CancellationToken cancellationToken)
    {
        var plan = await db.EventSecurityPlans.AsNoTracking().Where(p => p.Id == request.Id).Select(EventSecurityPlanDetails.Projection).FirstOrDefaultAsync(cancellationToken);
        return plan is null ? Error.NotFound(new("活动安保方案", "Event security plan"), request.Id) : plan;
    }
}

internal static class GetEventSecurityPlanEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("event-plans/{id}", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetEventSecurityPlan(id), cancellationToken)).ToOk())
            .WithName(nameof(GetEventSecurityPlan))
            .RequireAuthorization(SecurityPermissions.Read);
}
