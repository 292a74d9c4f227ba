using Estate.Modules.Engineering.Contracts;
using Estate.Modules.Engineering.Data;
using Estate.Modules.Engineering.Domain;
using Estate.SharedKernel.Persistence;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Engineering.Features.Facilities;

/// <summary>The facility ledger of the caller's properties, by property and name, one page at a time.</summary>
internal sealed record ListFacilities(int? Page, int? PageSize, Guid? PropertyId, FacilityCategory? Category, FacilityImportance? Importance)
    : IRequest<Result<PagedList<FacilityDetails>>>;

internal sealed class ListFacilitiesValidator : AbstractValidator<ListFacilities>
{
    public ListFacilitiesValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
        RuleFor(x => x.Category).IsInEnum();
        RuleFor(x => x.Importance).IsInEnum();
    }
}

internal sealed class ListFacilitiesHandler(EngineeringDbContext db) : IRequestHandler<ListFacilities, Result<PagedList<FacilityDetails>>>
{
    public async Task<Result<PagedList<FacilityDetails>>> Handle(ListFacilities request, CancellationToken cancellationToken)
    {
        var query = db.Facilities.AsNoTracking();
        if (request.PropertyId is { } propertyId)
        {
            query = query.Where(f => f.PropertyId == propertyId);
        }

        if (request.Category is { } category)
        {
            query = query.Where(f => f.Category == category);
        }

        if (request.Importance is { } importance)
        {
            query = query.Where(f => f.Importance == importance);
        }

        return await query
            .OrderBy(f => f.PropertyId).ThenBy(f => f.Name).ThenBy(f => f.Id)
            .Select(FacilityDetails.Projection)
            .ToPagedListAsync(request.Page, request.PageSize, cancellationToken);
    }
}

internal static class ListFacilitiesEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("facilities", async (
                    int? page,
                    int? pageSize,
                    Guid? propertyId,
                    QueryEnum<FacilityCategory>? category,
                    QueryEnum<FacilityImportance>? importance,
                    IMediator mediator,
                    CancellationToken cancellationToken) =>
                (await mediator.Send(new ListFacilities(page, pageSize, propertyId, category?.Value, importance?.Value), cancellationToken)).ToOk())
            .WithName(nameof(ListFacilities))
            .RequireAuthorization(EngineeringPermissions.Read);
}
