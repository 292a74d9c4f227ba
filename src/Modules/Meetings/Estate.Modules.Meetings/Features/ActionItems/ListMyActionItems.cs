using Estate.Modules.Meetings.Contracts;
using Estate.Modules.Meetings.Data;
using Estate.Modules.Meetings.Domain;
using Estate.SharedKernel.Persistence;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Meetings.Features.ActionItems;

/// <summary>The signed-in user's own action items, open ones unless a status is asked for.</summary>
internal sealed record ListMyActionItems(int? Page, int? PageSize, ActionItemStatus? Status) : IRequest<Result<PagedList<ActionItemDetails>>>;

internal sealed class ListMyActionItemsValidator : AbstractValidator<ListMyActionItems>
{
    public ListMyActionItemsValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
        RuleFor(x => x.Status).IsInEnum();
    }
}

internal sealed class ListMyActionItemsHandler(MeetingsDbContext db, ITenantContext tenant) : IRequestHandler<ListMyActionItems, Result<PagedList<ActionItemDetails>>>
{
    public async Task<Result<PagedList<ActionItemDetails>>> Handle(ListMyActionItems request, CancellationToken cancellationToken)
    {
        var me = tenant.UserId;
        var query = db.ActionItems.AsNoTracking().Where(a => a.OwnerUserId == me);
        query = request.Status is { } status
            ? query.Where(a => a.Status == status)
            : query.Where(a => a.Status == ActionItemStatus.Open || a.Status == ActionItemStatus.InProgress);
        return await query.OrderBy(a => a.Deadline).ThenBy(a => a.Id).Select(ActionItemDetails.Projection)
            .ToPagedListAsync(request.Page, request.PageSize, cancellationToken);
    }
}

internal static class ListMyActionItemsEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("action-items/mine", async (int? page, int? pageSize, QueryEnum<ActionItemStatus>? status, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListMyActionItems(page, pageSize, status?.Value), cancellationToken)).ToOk())
            .WithName(nameof(ListMyActionItems))
            .RequireAuthorization(MeetingsPermissions.Read);
}
