using Estate.Modules.Security.Contracts;
using Estate.Modules.Security.Data;
using Estate.Modules.Security.Domain;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Security.Features.Patrol;

internal sealed record DeactivatePatrolPlanBody(uint? Version);

/// <summary>Stops a plan: no new tasks, and its tasks not yet started are withdrawn; rounds walked or under way stay.</summary>
internal sealed record DeactivatePatrolPlan(Guid Id, uint? Version) : ICommand<Result<PatrolPlanDetails>>;

internal sealed class DeactivatePatrolPlanValidator : AbstractValidator<DeactivatePatrolPlan>
{
    public DeactivatePatrolPlanValidator() => RuleFor(x => x.Version).NotNull();
}

internal sealed class DeactivatePatrolPlanHandler(SecurityDbContext db, TimeProvider clock) : IRequestHandler<DeactivatePatrolPlan, Result<PatrolPlanDetails>>
{
    public async Task<Result<PatrolPlanDetails>> Handle(DeactivatePatrolPlan request, CancellationToken cancellationToken)
    {
        var plan = await db.FindToChangeAsync(db.PatrolPlans, request.Id, request.Version!.Value, cancellationToken);
        if (plan is null)
        {
            return Error.NotFound(new("巡更计划", "Patrol plan"), request.Id);
        }

        var now = clock.GetUtcNow();
        plan.Deactivate(now);
        await db.SaveChangesAsync(cancellationToken);
        await db.PatrolTasks
            .Where(t => t.PlanId == plan.Id && t.Status == PatrolTaskStatus.Scheduled && t.ScheduledStart > now)
            .ExecuteDeleteAsync(cancellationToken);
        return PatrolPlanDetails.From(plan);
    }
}

internal static class DeactivatePatrolPlanEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("patrol/plans/{id}/deactivate", async (Guid id, DeactivatePatrolPlanBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new DeactivatePatrolPlan(id, body.Version), cancellationToken)).ToOk())
            .WithName(nameof(DeactivatePatrolPlan))
            .RequireAuthorization(SecurityPermissions.Manage);
}
