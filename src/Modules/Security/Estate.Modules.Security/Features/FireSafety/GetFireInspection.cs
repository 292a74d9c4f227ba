using Estate.Modules.Security.Contracts;
using Estate.Modules.Security.Data;
using Estate.Modules.Security.Domain;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Security.Features.FireSafety;

internal sealed record GetFireInspection(Guid Id) : IRequest<Result<FireInspectionDetails>>;

internal sealed class GetFireInspectionHandler(SecurityDbContext db, ITenantContext tenant, TimeProvider clock) : IRequestHandler<GetFireInspection, Result<FireInspectionDetails>>
{
    public async Task<Result<FireInspectionDetails>> Handle(GetFireInspection request, CancellationToken cancellationToken)
    {
        var inspection = await db.FireInspections.AsNoTracking().Include(i => i.Items).FirstOrDefaultAsync(i => i.Id == request.Id, cancellationToken);
        if (inspection is null)
        {
            return Error.NotFound(new("消防检查", "Fire-safety inspection"), request.Id);
        }

        var findings = await db.FireSafetyFindings.AsNoTracking()
            .Where(f => f.InspectionId == inspection.Id)
            .OrderBy(f => f.CreatedAt).ThenBy(f => f.Id)
            .Select(FireSafetyFindingDetails.Projection(CompanyCalendar.DateOf(clock.GetUtcNow(), tenant.TimeZone)))
            .ToListAsync(cancellationToken);
        return FireInspectionViews.Details(inspection, findings);
    }
}

internal static class GetFireInspectionEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("fire-safety/inspections/{id}", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetFireInspection(id), cancellationToken)).ToOk())
            .WithName(nameof(GetFireInspection))
            .RequireAuthorization(SecurityPermissions.Read);
}
