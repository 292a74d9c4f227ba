using Estate.Modules.Finance.Contracts;
using Estate.Modules.Finance.Data;
using Estate.SharedKernel.Persistence;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Finance.Features.ParkingSpaces;

/// <summary>Parking spaces held (and, when asked, released) by number.</summary>
internal sealed record ListParkingSpaces(int? Page, int? PageSize, Guid? PropertyId, Guid? UnitId, bool? IncludeReleased)
    : IRequest<Result<PagedList<ParkingSpaceDetails>>>;

internal sealed class ListParkingSpacesValidator : AbstractValidator<ListParkingSpaces>
{
    public ListParkingSpacesValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
    }
}

internal sealed class ListParkingSpacesHandler(FinanceDbContext db) : IRequestHandler<ListParkingSpaces, Result<PagedList<ParkingSpaceDetails>>>
{
    public async Task<Result<PagedList<ParkingSpaceDetails>>> Handle(ListParkingSpaces request, CancellationToken cancellationToken)
    {
        var spaces = db.ParkingSpaces.AsNoTracking();
        if (request.IncludeReleased != true)
        {
            spaces = spaces.Where(p => p.ReleasedOn == null);
        }

        if (request.PropertyId is { } propertyId)
        {
            spaces = spaces.Where(p => p.PropertyId == propertyId);
        }

        if (request.UnitId is { } unitId)
        {
            spaces = spaces.Where(p => p.UnitId == unitId);
        }

        return await spaces.OrderBy(p => p.Number).ThenBy(p => p.AssignedOn).ThenBy(p => p.Id)
            .Select(ParkingSpaceDetails.Projection)
            .ToPagedListAsync(request.Page, request.PageSize, cancellationToken);
    }
}

internal static class ListParkingSpacesEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("parking-spaces", async (
                    int? page, int? pageSize, Guid? propertyId, Guid? unitId, bool? includeReleased, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListParkingSpaces(page, pageSize, propertyId, unitId, includeReleased), cancellationToken)).ToOk())
            .WithName(nameof(ListParkingSpaces))
            .RequireAuthorization(FinancePermissions.ReadAccounts);
}
