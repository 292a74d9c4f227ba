using Estate.Modules.Security.Contracts;
using Estate.Modules.Security.Data;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Estate.Modules.Security.Features.AccessProblems;

internal sealed record RequestAccessProblemRepairBody(uint? Version);

/// <summary>
/// Sends an open problem to repair; one already in repair without a work order (engineering was not available)
/// tries engineering again.
/// </summary>
internal sealed record RequestAccessProblemRepair(Guid Id, uint? Version) : ICommand<Result<AccessProblemDetails>>;

internal sealed class RequestAccessProblemRepairValidator : AbstractValidator<RequestAccessProblemRepair>
{
    public RequestAccessProblemRepairValidator() => RuleFor(x => x.Version).NotNull();
}

internal sealed class RequestAccessProblemRepairHandler(SecurityDbContext db, EngineeringRepairs repairs, TimeProvider clock)
    : IRequestHandler<RequestAccessProblemRepair, Result<AccessProblemDetails>>
{
    public async Task<Result<AccessProblemDetails>> Handle(RequestAccessProblemRepair request, CancellationToken cancellationToken)
    {
        var problem = await db.FindToChangeAsync(db.AccessProblems, request.Id, request.Version!.Value, cancellationToken);
        if (problem is null)
        {
            return Error.NotFound(new("门禁问题", "Access problem"), request.Id);
        }

        // The rule and the stale version are checked before engineering is asked.
        problem.RequireRepair(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        var workOrder = await repairs.OpenWorkOrderAsync(problem, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return AccessProblemDetails.From(problem, workOrder);
    }
}

internal static class RequestAccessProblemRepairEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("access-problems/{id}/repair", async (Guid id, RequestAccessProblemRepairBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new RequestAccessProblemRepair(id, body.Version), cancellationToken)).ToOk())
            .WithName(nameof(RequestAccessProblemRepair))
            .RequireAuthorization(SecurityPermissions.FieldWork);
}
