using Estate.Modules.Finance.Contracts;
using Estate.Modules.Finance.Data;
using Estate.SharedKernel.Persistence;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Finance.Features.Units;

/// <summary>A unit as finance bills it (its copy of customer service's record) and what it owes now.</summary>
internal sealed record BillableUnitDetails(
    Guid UnitId,
    Guid PropertyId,
    Guid BuildingId,
    string BuildingName,
    string UnitNumber,
    decimal FloorArea,
    Guid? OwnerId,
    string? OwnerName,
    decimal Outstanding,
    bool Removed,
    DateTimeOffset UpdatedAt);

/// <summary>The units finance bills, by building and number; removed ones only when asked.</summary>
internal sealed record ListBillableUnits(int? Page, int? PageSize, Guid? PropertyId, Guid? BuildingId, string? UnitNumber, bool? IncludeRemoved)
    : IRequest<Result<PagedList<BillableUnitDetails>>>;

internal sealed class ListBillableUnitsValidator : AbstractValidator<ListBillableUnits>
{
    public ListBillableUnitsValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
    }
}

internal sealed class ListBillableUnitsHandler(FinanceDbContext db) : IRequestHandler<ListBillableUnits, Result<PagedList<BillableUnitDetails>>>
{
    public async Task<Result<PagedList<BillableUnitDetails>>> Handle(ListBillableUnits request, CancellationToken cancellationToken)
    {
        var units = db.Units.AsNoTracking();
        if (request.IncludeRemoved != true)
        {
            units = units.Where(u => u.RemovedAt == null);
        }

        if (request.PropertyId is { } propertyId)
        {
            units = units.Where(u => u.PropertyId == propertyId);
        }

        if (request.BuildingId is { } buildingId)
        {
            units = units.Where(u => u.BuildingId == buildingId);
        }

        if (!string.IsNullOrWhiteSpace(request.UnitNumber))
        {
            units = units.Where(u => u.UnitNumber == request.UnitNumber.Trim());
        }

        return await units
            .OrderBy(u => u.BuildingName).ThenBy(u => u.UnitNumber).ThenBy(u => u.Id)
            .Select(u => new BillableUnitDetails(
                u.Id, u.PropertyId, u.BuildingId, u.BuildingName, u.UnitNumber, u.FloorArea, u.OwnerId, u.OwnerName,
                db.Bills.Where(b => b.UnitId == u.Id && b.SettledAt == null).Sum(b => b.AmountDue - b.AmountPaid),
                u.RemovedAt != null,
                u.UpdatedAt))
            .ToPagedListAsync(request.Page, request.PageSize, cancellationToken);
    }
}

internal static class ListBillableUnitsEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("units", async (
                    int? page, int? pageSize, Guid? propertyId, Guid? buildingId, string? unitNumber, bool? includeRemoved, IMediator mediator,
                    CancellationToken cancellationToken) =>
                (await mediator.Send(new ListBillableUnits(page, pageSize, propertyId, buildingId, unitNumber, includeRemoved), cancellationToken)).ToOk())
            .WithName(nameof(ListBillableUnits))
            .WithSummary("The units finance bills (its copy of customer service's units, refreshed at every bill generation) with what each owes")
            .RequireAuthorization(FinancePermissions.ReadAccounts);
}
