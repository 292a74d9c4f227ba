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

namespace Estate.Modules.Engineering.Features.MaintenancePlans;

/// <summary>Maintenance plans of the caller's properties, soonest due first.</summary>
internal sealed record ListMaintenancePlans(int? Page, int? PageSize, Guid? PropertyId, Guid? FacilityId, MaintenancePlanStatus? Status)
    : IRequest<Result<PagedList<MaintenancePlanDetails>>>;

internal sealed class ListMaintenancePlansValidator : AbstractValidator<ListMaintenancePlans>
{
    public ListMaintenancePlansValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
        RuleFor(x => x.Status).IsInEnum();
    }
}

internal sealed class ListMaintenancePlansHandler(EngineeringDbContext db) : IRequestHandler<ListMaintenancePlans, Result<PagedList<MaintenancePlanDetails>>>
{
    public async Task<Result<PagedList<MaintenancePlanDetails>>> Handle(ListMaintenancePlans request, CancellationToken cancellationToken)
    {
        var query = db.MaintenancePlans.AsNoTracking();
        if (request.PropertyId is { } propertyId)
        {
            query = query.Where(p => p.PropertyId == propertyId);
        }

        if (request.FacilityId is { } facilityId)
        {
            query = query.Where(p => p.FacilityId == facilityId);
        }

        if (request.Status is { } status)
        {
            query = query.Where(p => p.Status == status);
        }

        return await query
            .OrderBy(p => p.NextDueOn).ThenBy(p => p.Title).ThenBy(p => p.Id)
            .Select(MaintenancePlanDetails.Projection)
            .ToPagedListAsync(request.Page, request.PageSize, cancellationToken);
    }
}

internal static class ListMaintenancePlansEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("maintenance-plans", async (
                    int? page,
                    int? pageSize,
                    Guid? propertyId,
                    Guid? facilityId,
                    QueryEnum<MaintenancePlanStatus>? status,
                    IMediator mediator,
                    CancellationToken cancellationToken) =>
                (await mediator.Send(new ListMaintenancePlans(page, pageSize, propertyId, facilityId, status?.Value), cancellationToken)).ToOk())
            .WithName(nameof(ListMaintenancePlans))
            .RequireAuthorization(EngineeringPermissions.Read);
}
