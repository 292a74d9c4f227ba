using Estate.Modules.Engineering.Contracts;
using Estate.Modules.Engineering.Data;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Estate.Modules.Engineering.Features.MaintenancePlans;

internal sealed record PauseMaintenancePlanBody(uint? Version);

/// <summary>Stops a plan opening work orders (equipment out of service, contract ended); work orders already opened stay.</summary>
internal sealed record PauseMaintenancePlan(Guid Id, uint? Version) : ICommand<Result<MaintenancePlanDetails>>;

internal sealed class PauseMaintenancePlanValidator : AbstractValidator<PauseMaintenancePlan>
{
    public PauseMaintenancePlanValidator() => RuleFor(x => x.Version).NotNull();
}

internal sealed class PauseMaintenancePlanHandler(EngineeringDbContext db, TimeProvider clock) : IRequestHandler<PauseMaintenancePlan, Result<MaintenancePlanDetails>>
{
    public async Task<Result<MaintenancePlanDetails>> Handle(PauseMaintenancePlan request, CancellationToken cancellationToken)
    {
        var plan = await db.FindMaintenancePlanToChangeAsync(request.Id, request.Version!.Value, cancellationToken);
        if (plan is null)
        {
            return Error.NotFound(new("维保计划", "Maintenance plan"), request.Id);
        }

        plan.Pause(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return MaintenancePlanDetails.From(plan);
    }
}

internal static class PauseMaintenancePlanEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("maintenance-plans/{id}/pause", async (Guid id, PauseMaintenancePlanBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new PauseMaintenancePlan(id, body.Version), cancellationToken)).ToOk())
            .WithName(nameof(PauseMaintenancePlan))
            .RequireAuthorization(EngineeringPermissions.ManageFacilities);
}
