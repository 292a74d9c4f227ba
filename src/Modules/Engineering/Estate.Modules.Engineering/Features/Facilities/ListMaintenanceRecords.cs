using Estate.Modules.Engineering.Contracts;
using Estate.Modules.Engineering.Data;
using Estate.SharedKernel.Persistence;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Engineering.Features.Facilities;

/// <summary>A facility's maintenance history, latest first, one page at a time.</summary>
internal sealed record ListMaintenanceRecords(Guid FacilityId, int? Page, int? PageSize) : IRequest<Result<PagedList<MaintenanceRecordDetails>>>;

internal sealed class ListMaintenanceRecordsValidator : AbstractValidator<ListMaintenanceRecords>
{
    public ListMaintenanceRecordsValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
    }
}

internal sealed class ListMaintenanceRecordsHandler(EngineeringDbContext db)
    : IRequestHandler<ListMaintenanceRecords, Result<PagedList<MaintenanceRecordDetails>>>
{
    public async Task<Result<PagedList<MaintenanceRecordDetails>>> Handle(ListMaintenanceRecords request, CancellationToken cancellationToken)
    {
        if (!await db.Facilities.AnyAsync(f => f.Id == request.FacilityId, cancellationToken))
        {
            return Error.NotFound(new("设施设备", "Facility"), request.FacilityId);
        }

        return await db.MaintenanceRecords.AsNoTracking()
            .Where(r => r.FacilityId == request.FacilityId)
            .OrderByDescending(r => r.PerformedOn).ThenByDescending(r => r.Id)
            .Select(MaintenanceRecordDetails.Projection)
            .ToPagedListAsync(request.Page, request.PageSize, cancellationToken);
    }
}

internal static class ListMaintenanceRecordsEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("facilities/{id}/maintenance-records", async (Guid id, int? page, int? pageSize, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListMaintenanceRecords(id, page, pageSize), cancellationToken)).ToOk())
            .WithName(nameof(ListMaintenanceRecords))
            .RequireAuthorization(EngineeringPermissions.Read);
}
