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

internal sealed record CompleteActionItemBody(string? Note, uint? Version);

/// <summary>Done: the item comes back once more (as done) at the next meeting of the series, then no more.</summary>
internal sealed record CompleteActionItem(Guid Id, string? Note, uint? Version) : ICommand<Result<ActionItemDetails>>;

internal sealed class CompleteActionItemValidator : AbstractValidator<CompleteActionItem>
{
    public CompleteActionItemValidator()
    {
        RuleFor(x => x.Note).MaximumLength(ActionItem.TextMaxLength);
        RuleFor(x => x.Version).NotNull();
    }
}

internal sealed class CompleteActionItemHandler(MeetingsDbContext db, People people, ITenantContext tenant, TimeProvider clock)
    : IRequestHandler<CompleteActionItem, Result<ActionItemDetails>>
{
    public async Task<Result<ActionItemDetails>> Handle(CompleteActionItem request, CancellationToken cancellationToken)
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

        item.Complete(request.Note, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return ActionItemDetails.From(item);
    }
}

internal static class CompleteActionItemEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("action-items/{id}/complete", async (Guid id, CompleteActionItemBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new CompleteActionItem(id, body.Note, body.Version), cancellationToken)).ToOk())
            .WithName(nameof(CompleteActionItem))
            .RequireAuthorization(MeetingsPermissions.Contribute);
}
