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

namespace Estate.Modules.Security.Features.AccessProblems;

internal sealed record ResolveAccessProblemBody(string Resolution, uint? Version);

internal sealed record ResolveAccessProblem(Guid Id, string Resolution, uint? Version) : ICommand<Result<AccessProblemDetails>>;

internal sealed class ResolveAccessProblemValidator : AbstractValidator<ResolveAccessProblem>
{
    public ResolveAccessProblemValidator()
    {
        RuleFor(x => x.Resolution).NotEmpty().MaximumLength(AccessProblem.ResolutionMaxLength);
        RuleFor(x => x.Version).NotNull();
    }
}

internal sealed class ResolveAccessProblemHandler(SecurityDbContext db, EngineeringRepairs repairs, TimeProvider clock)
    : IRequestHandler<ResolveAccessProblem, Result<AccessProblemDetails>>
{
    public async Task<Result<AccessProblemDetails>> Handle(ResolveAccessProblem request, CancellationToken cancellationToken)
    {
        var problem = await db.FindToChangeAsync(db.AccessProblems, request.Id, request.Version!.Value, cancellationToken);
        if (problem is null)
        {
            return Error.NotFound(new("门禁问题", "Access problem"), request.Id);
        }

        problem.Resolve(request.Resolution, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return AccessProblemDetails.From(problem, await repairs.StatusAsync(problem.WorkOrderId, cancellationToken));
    }
}

internal static class ResolveAccessProblemEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("access-problems/{id}/resolve", async (Guid id, ResolveAccessProblemBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ResolveAccessProblem(id, body.Resolution, body.Version), cancellationToken)).ToOk())
            .WithName(nameof(ResolveAccessProblem))
            .RequireAuthorization(SecurityPermissions.FieldWork);
}
