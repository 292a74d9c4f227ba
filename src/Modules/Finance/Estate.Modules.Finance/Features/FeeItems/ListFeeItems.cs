using Estate.Modules.Finance.Contracts;
using Estate.Modules.Finance.Data;
using Estate.Modules.Finance.Domain;
using Estate.SharedKernel.Persistence;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Finance.Features.FeeItems;

/// <summary>
/// Fee items by name. <paramref name="PropertyId"/> gives the items that apply there (its own and the company-wide
/// ones); <paramref name="ActiveOn"/> those in force on that day.
/// </summary>
internal sealed record ListFeeItems(int? Page, int? PageSize, Guid? PropertyId, FeeItemKind? Kind, DateOnly? ActiveOn)
    : IRequest<Result<PagedList<FeeItemDetails>>>;

internal sealed class ListFeeItemsValidator : AbstractValidator<ListFeeItems>
{
    public ListFeeItemsValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
    }
}

internal sealed class ListFeeItemsHandler(FinanceDbContext db) : IRequestHandler<ListFeeItems, Result<PagedList<FeeItemDetails>>>
{
    public async Task<Result<PagedList<FeeItemDetails>>> Handle(ListFeeItems request, CancellationToken cancellationToken)
    {
        var query = db.FeeItems.AsNoTracking();
        if (request.PropertyId is { } propertyId)
        {
            query = query.Where(f => f.PropertyId == null || f.PropertyId == propertyId);
        }

        if (request.Kind is { } kind)
        {
            query = query.Where(f => f.Kind == kind);
        }

        if (request.ActiveOn is { } day)
        {
            query = query.Where(f => f.ActiveFrom <= day && (f.ActiveTo == null || f.ActiveTo >= day));
        }

        return await query.OrderBy(f => f.Name).ThenBy(f => f.Id).Select(FeeItemDetails.Projection).ToPagedListAsync(request.Page, request.PageSize, cancellationToken);
    }
}

internal static class ListFeeItemsEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("fee-items", async (
                    int? page, int? pageSize, Guid? propertyId, QueryEnum<FeeItemKind>? kind, DateOnly? activeOn, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListFeeItems(page, pageSize, propertyId, kind?.Value, activeOn), cancellationToken)).ToOk())
            .WithName(nameof(ListFeeItems))
            .RequireAuthorization(FinancePermissions.Read);
}
