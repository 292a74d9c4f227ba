using Estate.Modules.Cleaning.Contracts;
using Estate.Modules.Cleaning.Data;
using Estate.Modules.Cleaning.Domain;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Estate.Modules.Cleaning.Features.DeadCorners;

internal sealed record StartDeadCornerBody(uint? Version);

internal sealed record StartDeadCorner(Guid Id, uint? Version) : ICommand<Result<DeadCornerDetails>>;

internal sealed class StartDeadCornerValidator : AbstractValidator<StartDeadCorner>
{
    public StartDeadCornerValidator() => RuleFor(x => x.Version).NotNull();
}

internal sealed class StartDeadCornerHandler(CleaningDbContext db, TimeProvider clock) : IRequestHandler<StartDeadCorner, Result<DeadCornerDetails>>
{
    public async Task<Result<DeadCornerDetails>> Handle(StartDeadCorner request, CancellationToken cancellationToken)
    {
        var deadCorner = await db.FindToChangeAsync<DeadCorner>(request.Id, request.Version!.Value, cancellationToken);
        if (deadCorner is null)
        {
            return Error.NotFound(new("卫生死角", "Dead corner"), request.Id);
        }

        deadCorner.Start(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return DeadCornerDetails.From(deadCorner);
    }
}

internal static class StartDeadCornerEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("dead-corners/{id}/start", async (Guid id, StartDeadCornerBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new StartDeadCorner(id, body.Version), cancellationToken)).ToOk())
            .WithName(nameof(StartDeadCorner))
            .RequireAuthorization(CleaningPermissions.Work);
}
