using Estate.Modules.Cleaning.Contracts;
using Estate.Modules.Cleaning.Data;
using Estate.Modules.Cleaning.Domain;
using Estate.SharedKernel.Persistence;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Cleaning.Features.Collections;

/// <summary>The garbage collection log of the caller's properties, latest day first; <see cref="From"/> inclusive, <see cref="To"/> exclusive.</summary>
internal sealed record ListCollections(
    int? Page,
    int? PageSize,
    Guid? PropertyId,
    Guid? CollectionPointId,
    CollectionStatus? Status,
    DateOnly? From,
    DateOnly? To) : IRequest<Result<PagedList<CollectionDetails>>>;

internal sealed class ListCollectionsValidator : AbstractValidator<ListCollections>
{
    public ListCollectionsValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
        RuleFor(x => x.Status).IsInEnum();
        RuleFor(x => x.To).GreaterThan(x => x.From).When(x => x.From is not null && x.To is not null);
    }
}

internal sealed class ListCollectionsHandler(CleaningDbContext db) : IRequestHandler<ListCollections, Result<PagedList<CollectionDetails>>>
{
    public async Task<Result<PagedList<CollectionDetails>>> Handle(ListCollections request, CancellationToken cancellationToken)
    {
        var query = db.GarbageCollections.AsNoTracking();
        if (request.PropertyId is { } propertyId)
        {
            query = query.Where(c => c.PropertyId == propertyId);
        }

        if (request.CollectionPointId is { } pointId)
        {
            query = query.Where(c => c.CollectionPointId == pointId);
        }

        if (request.Status is { } status)
        {
            query = query.Where(c => c.Status == status);
        }

        if (request.From is { } from)
        {
            query = query.Where(c => c.Date >= from);
        }

        if (request.To is { } to)
        {
            query = query.Where(c => c.Date < to);
        }

        return await query
            .OrderByDescending(c => c.Date).ThenBy(c => c.ScheduledAt).ThenBy(c => c.Id)
            .Select(CollectionDetails.Projection)
            .ToPagedListAsync(request.Page, request.PageSize, cancellationToken);
    }
}

internal static class ListCollectionsEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("collections", async (
                    int? page,
                    int? pageSize,
                    Guid? propertyId,
                    Guid? collectionPointId,
                    QueryEnum<CollectionStatus>? status,
                    DateOnly? from,
                    DateOnly? to,
                    IMediator mediator,
                    CancellationToken cancellationToken) =>
                (await mediator.Send(new ListCollections(page, pageSize, propertyId, collectionPointId, status?.Value, from, to), cancellationToken)).ToOk())
            .WithName(nameof(ListCollections))
            .RequireAuthorization(CleaningPermissions.Read);
}
