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

internal sealed record ResolveDeadCornerBody(string Note, uint? Version);

/// <summary>Closes a dead corner with what was done about it.</summary>
internal sealed record ResolveDeadCorner(Guid Id, string Note, uint? Version) : ICommand<Result<DeadCornerDetails>>;

internal sealed class ResolveDeadCornerValidator : AbstractValidator<ResolveDeadCorner>
{
    public ResolveDeadCornerValidator()
    {
        RuleFor(x => x.Note).NotEmpty().MaximumLength(DeadCorner.NoteMaxLength);
        RuleFor(x => x.Version).NotNull();
    }
}

internal sealed class ResolveDeadCornerHandler(CleaningDbContext db, TimeProvider clock) : IRequestHandler<ResolveDeadCorner, Result<DeadCornerDetails>>
{
    public async Task<Result<DeadCornerDetails>> Handle(ResolveDeadCorner request, CancellationToken cancellationToken)
    {
        var deadCorner = await db.FindToChangeAsync<DeadCorner>(request.Id, request.Version!.Value, cancellationToken);
        if (deadCorner is null)
        {
            return Error.NotFound(new("卫生死角", "Dead corner"), request.Id);
        }

        deadCorner.Resolve(request.Note, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return DeadCornerDetails.From(deadCorner);
    }
}

internal static class ResolveDeadCornerEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("dead-corners/{id}/resolve", async (Guid id, ResolveDeadCornerBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ResolveDeadCorner(id, body.Note, body.Version), cancellationToken)).ToOk())
            .WithName(nameof(ResolveDeadCorner))
            .RequireAuthorization(CleaningPermissions.Work);
}
