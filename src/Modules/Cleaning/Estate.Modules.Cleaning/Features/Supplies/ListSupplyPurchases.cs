using Estate.Modules.Cleaning.Contracts;
using Estate.Modules.Cleaning.Data;
using Estate.SharedKernel.Persistence;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Cleaning.Features.Supplies;

/// <summary>Supply purchases of the caller's properties, latest first; <see cref="From"/> inclusive, <see cref="To"/> exclusive.</summary>
internal sealed record ListSupplyPurchases(int? Page, int? PageSize, Guid? PropertyId, bool? EcoFriendly, DateOnly? From, DateOnly? To)
    : IRequest<Result<PagedList<SupplyPurchaseDetails>>>;

internal sealed class ListSupplyPurchasesValidator : AbstractValidator<ListSupplyPurchases>
{
    public ListSupplyPurchasesValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
        RuleFor(x => x.To).GreaterThan(x => x.From).When(x => x.From is not null && x.To is not null);
    }
}

internal sealed class ListSupplyPurchasesHandler(CleaningDbContext db) : IRequestHandler<ListSupplyPurchases, Result<PagedList<SupplyPurchaseDetails>>>
{
    public async Task<Result<PagedList<SupplyPurchaseDetails>>> Handle(ListSupplyPurchases request, CancellationToken cancellationToken)
    {
        var query = db.SupplyPurchases.AsNoTracking();
        if (request.PropertyId is { } propertyId)
        {
            query = query.Where(p => p.PropertyId == propertyId);
        }

        if (request.EcoFriendly is { } ecoFriendly)
        {
            query = query.Where(p => p.IsEcoFriendly == ecoFriendly);
        }

        if (request.From is { } from)
        {
            query = query.Where(p => p.PurchasedOn >= from);
        }

        if (request.To is { } to)
        {
            query = query.Where(p => p.PurchasedOn < to);
        }

        return await query
            .OrderByDescending(p => p.PurchasedOn).ThenByDescending(p => p.Id)
            .Select(SupplyPurchaseDetails.Projection)
            .ToPagedListAsync(request.Page, request.PageSize, cancellationToken);
    }
}

internal static class ListSupplyPurchasesEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("supply-purchases", async (
                    int? page,
                    int? pageSize,
                    Guid? propertyId,
                    bool? ecoFriendly,
                    DateOnly? from,
                    DateOnly? to,
                    IMediator mediator,
                    CancellationToken cancellationToken) =>
                (await mediator.Send(new ListSupplyPurchases(page, pageSize, propertyId, ecoFriendly, from, to), cancellationToken)).ToOk())
            .WithName(nameof(ListSupplyPurchases))
            .RequireAuthorization(CleaningPermissions.Read);
}
