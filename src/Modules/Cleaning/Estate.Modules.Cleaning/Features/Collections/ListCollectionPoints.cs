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

namespace Estate.Modules.Cleaning.Features.Collections;

internal sealed record ListCollectionPoints(int? Page, int? PageSize, Guid? PropertyId) : IRequest<Result<PagedList<CollectionPointDetails>>>;

internal sealed class ListCollectionPointsValidator : AbstractValidator<ListCollectionPoints>
{
    public ListCollectionPointsValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
    }
}

internal sealed class ListCollectionPointsHandler(CleaningDbContext db) : IRequestHandler<ListCollectionPoints, Result<PagedList<CollectionPointDetails>>>
{
    public async Task<Result<PagedList<CollectionPointDetails>>> Handle(ListCollectionPoints request, CancellationToken cancellationToken)
    {
        var query = db.CollectionPoints.AsNoTracking();
        if (request.PropertyId is { } propertyId)
        {
            query = query.Where(p => p.PropertyId == propertyId);
        }

        return await query
            .OrderBy(p => p.PropertyId).ThenBy(p => p.CollectionTime).ThenBy(p => p.Id)
            .Select(CollectionPointDetails.Projection)
            .ToPagedListAsync(request.Page, request.PageSize, cancellationToken);
    }
}

internal static class ListCollectionPointsEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("collection-points", async (int? page, int? pageSize, Guid? propertyId, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListCollectionPoints(page, pageSize, propertyId), cancellationToken)).ToOk())
            .WithName(nameof(ListCollectionPoints))
            .RequireAuthorization(CleaningPermissions.Read);
}
