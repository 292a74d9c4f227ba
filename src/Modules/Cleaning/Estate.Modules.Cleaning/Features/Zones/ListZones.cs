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

namespace Estate.Modules.Cleaning.Features.Zones;

/// <summary>Zones of the caller's properties, by property and name.</summary>
internal sealed record ListZones(int? Page, int? PageSize, Guid? PropertyId, ZoneKind? Kind) : IRequest<Result<PagedList<ZoneDetails>>>;

internal sealed class ListZonesValidator : AbstractValidator<ListZones>
{
    public ListZonesValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
        RuleFor(x => x.Kind).IsInEnum();
    }
}

internal sealed class ListZonesHandler(CleaningDbContext db) : IRequestHandler<ListZones, Result<PagedList<ZoneDetails>>>
{
    public async Task<Result<PagedList<ZoneDetails>>> Handle(ListZones request, CancellationToken cancellationToken)
    {
        var query = db.Zones.AsNoTracking();
        if (request.PropertyId is { } propertyId)
        {
            query = query.Where(z => z.PropertyId == propertyId);
        }

        if (request.Kind is { } kind)
        {
            query = query.Where(z => z.Kind == kind);
        }

        return await query
            .OrderBy(z => z.PropertyId).ThenBy(z => z.Name).ThenBy(z => z.Id)
            .Select(ZoneDetails.Projection)
            .ToPagedListAsync(request.Page, request.PageSize, cancellationToken);
    }
}

internal static class ListZonesEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("zones", async (int? page, int? pageSize, Guid? propertyId, QueryEnum<ZoneKind>? kind, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListZones(page, pageSize, propertyId, kind?.Value), cancellationToken)).ToOk())
            .WithName(nameof(ListZones))
            .RequireAuthorization(CleaningPermissions.Read);
}
