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

internal sealed record ResumeMaintenancePlanBody(DateOnly? NextDueOn, uint? Version);

/// <summary>Resumes a paused plan, from a new next due date when given (otherwise the missed one is opened at once).</summary>
internal sealed record ResumeMaintenancePlan(Guid Id, DateOnly? NextDueOn, uint? Version) : ICommand<Result<MaintenancePlanDetails>>;

internal sealed class ResumeMaintenancePlanValidator : AbstractValidator<ResumeMaintenancePlan>
{
    public ResumeMaintenancePlanValidator() => RuleFor(x => x.Version).NotNull();
}

internal sealed class ResumeMaintenancePlanHandler(EngineeringDbContext db) : IRequestHandler<ResumeMaintenancePlan, Result<MaintenancePlanDetails>>
{
    public async Task<Result<MaintenancePlanDetails>> Handle(ResumeMaintenancePlan request, CancellationToken cancellationToken)
    {
        var plan = await db.FindMaintenancePlanToChangeAsync(request.Id, request.Version!.Value, cancellationToken);
        if (plan is null)
        {
            return Error.NotFound(new("维保计划", "Maintenance plan"), request.Id);
        }

        plan.Resume(request.NextDueOn);
        await db.SaveChangesAsync(cancellationToken);
        return MaintenancePlanDetails.From(plan);
    }
}

internal static class ResumeMaintenancePlanEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("maintenance-plans/{id}/resume", async (Guid id, ResumeMaintenancePlanBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ResumeMaintenancePlan(id, body.NextDueOn, body.Version), cancellationToken)).ToOk())
            .WithName(nameof(ResumeMaintenancePlan))
            .RequireAuthorization(EngineeringPermissions.ManageFacilities);
}
