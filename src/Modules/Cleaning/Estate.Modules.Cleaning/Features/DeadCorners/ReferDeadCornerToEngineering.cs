using Estate.Modules.Cleaning.Contracts;
using Estate.Modules.Cleaning.Data;
using Estate.Modules.Cleaning.Domain;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Modules;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Estate.Modules.Cleaning.Features.DeadCorners;

internal sealed record ReferDeadCornerBody(EngineeringNeed? EngineeringNeed, uint? Version);

/// <summary>
/// Marks a dead corner as needing engineering and opens the work order when engineering is available; sent
/// again later, it opens the work order of a corner that was left waiting while engineering was not available.
/// </summary>
internal sealed record ReferDeadCornerToEngineering(Guid Id, EngineeringNeed? EngineeringNeed, uint? Version) : ICommand<Result<DeadCornerDetails>>;

internal sealed class ReferDeadCornerToEngineeringValidator : AbstractValidator<ReferDeadCornerToEngineering>
{
    public ReferDeadCornerToEngineeringValidator()
    {
        RuleFor(x => x.EngineeringNeed).NotNull().IsInEnum();
        RuleFor(x => x.Version).NotNull();
    }
}

internal sealed class ReferDeadCornerToEngineeringHandler(CleaningDbContext db, IModuleAvailability modules, IMediator mediator)
    : IRequestHandler<ReferDeadCornerToEngineering, Result<DeadCornerDetails>>
{
    public async Task<Result<DeadCornerDetails>> Handle(ReferDeadCornerToEngineering request, CancellationToken cancellationToken)
    {
        var deadCorner = await db.FindToChangeAsync<DeadCorner>(request.Id, request.Version!.Value, cancellationToken);
        if (deadCorner is null)
        {
            return Error.NotFound(new("卫生死角", "Dead corner"), request.Id);
        }

        deadCorner.NeedEngineering(request.EngineeringNeed!.Value);
        var referred = await EngineeringReferral.TryReferAsync(deadCorner, modules, mediator, cancellationToken);
        if (!referred.IsSuccess)
        {
            return referred.Error!;
        }

        await db.SaveChangesAsync(cancellationToken);
        return DeadCornerDetails.From(deadCorner);
    }
}

internal static class ReferDeadCornerToEngineeringEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("dead-corners/{id}/refer-to-engineering", async (Guid id, ReferDeadCornerBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ReferDeadCornerToEngineering(id, body.EngineeringNeed, body.Version), cancellationToken)).ToOk())
            .WithName(nameof(ReferDeadCornerToEngineering))
            .RequireAuthorization(CleaningPermissions.Work);
}
