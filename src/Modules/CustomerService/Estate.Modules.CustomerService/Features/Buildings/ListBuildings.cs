using Estate.Modules.CustomerService.Contracts;
using Estate.Modules.CustomerService.Data;
using Estate.SharedKernel.Persistence;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.CustomerService.Features.Buildings;

/// <summary>Buildings of the caller's properties, by property and name, one page at a time.</summary>
internal sealed record ListBuildings(int? Page, int? PageSize, Guid? PropertyId) : IRequest<Result<PagedList<BuildingDetails>>>;

internal sealed class ListBuildingsValidator : AbstractValidator<ListBuildings>
{
    public ListBuildingsValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
    }
}

internal sealed class ListBuildingsHandler(CustomerServiceDbContext db) : IRequestHandler<ListBuildings, Result<PagedList<BuildingDetails>>>
{
    public async Task<Result<PagedList<BuildingDetails>>> Handle(ListBuildings request, CancellationToken cancellationToken)
    {
        var query = db.Buildings.AsNoTracking();
        if (request.PropertyId is { } propertyId)
        {
            query = query.Where(b => b.PropertyId == propertyId);
        }

        return await query.OrderBy(b => b.PropertyId).ThenBy(b => b.Name).ThenBy(b => b.Id)
            .Select(BuildingDetails.Projection)
            .ToPagedListAsync(request.Page, request.PageSize, cancellationToken);
    }
}

internal static class ListBuildingsEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("buildings", async (int? page, int? pageSize, Guid? propertyId, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListBuildings(page, pageSize, propertyId), cancellationToken)).ToOk())
            .WithName(nameof(ListBuildings))
            .RequireAuthorization(CustomerServicePermissions.Read);
}
