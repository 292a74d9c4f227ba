using Estate.Modules.Meetings.Contracts;
using Estate.Modules.Meetings.Data;
using Estate.Modules.Meetings.Domain;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Estate.Modules.Meetings.Features.ActionItems;

internal sealed record CancelActionItemBody(string Reason, uint? Version);

/// <summary>The organisers drop an item that no longer applies, with the reason.</summary>
internal sealed record CancelActionItem(Guid Id, string Reason, uint? Version) : ICommand<Result<ActionItemDetails>>;

internal sealed class CancelActionItemValidator : AbstractValidator<CancelActionItem>
{
    public CancelActionItemValidator()
    {
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(ActionItem.TextMaxLength);
        RuleFor(x => x.Version).NotNull();
    }
}

internal sealed class CancelActionItemHandler(MeetingsDbContext db, TimeProvider clock) : IRequestHandler<CancelActionItem, Result<ActionItemDetails>>
{
    public async Task<Result<ActionItemDetails>> Handle(CancelActionItem request, CancellationToken cancellationToken)
    {
        var item = await db.FindToChangeAsync(db.ActionItems.Where(a => a.Id == request.Id), request.Version!.Value, cancellationToken);
        if (item is null)
        {
            return Error.NotFound(new("待办事项", "Action item"), request.Id);
        }

        item.Cancel(request.Reason, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return ActionItemDetails.From(item);
    }
}

internal static class CancelActionItemEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("action-items/{id}/cancel", async (Guid id, CancelActionItemBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new CancelActionItem(id, body.Reason, body.Version), cancellationToken)).ToOk())
            .WithName(nameof(CancelActionItem))
            .RequireAuthorization(MeetingsPermissions.Organize);
}
