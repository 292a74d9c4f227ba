using Estate.Modules.Meetings.Contracts;
using Estate.Modules.Meetings.Data;
using Estate.Modules.Meetings.Domain;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Estate.Modules.Meetings.Features.ActionItems;

internal sealed record RecordProgressBody(string Progress, uint? Version);

/// <summary>What has been done so far; the item is in progress from then on, and the next meeting sees it.</summary>
internal sealed record RecordProgress(Guid Id, string Progress, uint? Version) : ICommand<Result<ActionItemDetails>>;

internal sealed class RecordProgressValidator : AbstractValidator<RecordProgress>
{
    public RecordProgressValidator()
    {
        RuleFor(x => x.Progress).NotEmpty().MaximumLength(ActionItem.TextMaxLength);
        RuleFor(x => x.Version).NotNull();
    }
}

internal sealed class RecordProgressHandler(MeetingsDbContext db, People people, ITenantContext tenant, TimeProvider clock)
    : IRequestHandler<RecordProgress, Result<ActionItemDetails>>
{
    public async Task<Result<ActionItemDetails>> Handle(RecordProgress request, CancellationToken cancellationToken)
    {
        var item = await db.FindToChangeAsync(db.ActionItems.Where(a => a.Id == request.Id), request.Version!.Value, cancellationToken);
        if (item is null)
        {
            return Error.NotFound(new("待办事项", "Action item"), request.Id);
        }

        if (await ActionItemAccess.RefuseUnlessResponsibleAsync(item, people, tenant, cancellationToken) is { } refused)
        {
            return refused;
        }

        item.RecordProgress(request.Progress, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return ActionItemDetails.From(item);
    }
}

internal static class RecordProgressEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("action-items/{id}/progress", async (Guid id, RecordProgressBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new RecordProgress(id, body.Progress, body.Version), cancellationToken)).ToOk())
            .WithName(nameof(RecordProgress))
            .RequireAuthorization(MeetingsPermissions.Contribute);
}
