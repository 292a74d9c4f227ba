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

/// <summary>One finding, with its work order's status from engineering while engineering is available.</summary>
internal sealed record GetFireSafetyFinding(Guid Id) : IRequest<Result<FireSafetyFindingDetails>>;

internal sealed class GetFireSafetyFindingHandler(SecurityDbContext db, EngineeringRepairs repairs, ITenantContext tenant, TimeProvider clock)
    : IRequestHandler<GetFireSafetyFinding, Result<FireSafetyFindingDetails>>
{
    public async Task<Result<FireSafetyFindingDetails>> Handle(GetFireSafetyFinding request, CancellationToken cancellationToken)
    {
        var finding = await db.FireSafetyFindings.AsNoTracking()
            .Where(f => f.Id == request.Id)
            .Select(FireSafetyFindingDetails.Projection(CompanyCalendar.DateOf(clock.GetUtcNow(), tenant.TimeZone)))
            .FirstOrDefaultAsync(cancellationToken);
        if (finding is null)
        {
            return Error.NotFound(new("消防隐患", "Fire-safety finding"), request.Id);
        }

        return finding with { WorkOrder = await repairs.StatusAsync(finding.WorkOrderId, cancellationToken) };
    }
}

internal static class GetFireSafetyFindingEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("fire-safety/findings/{id}", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetFireSafetyFinding(id), cancellationToken)).ToOk())
            .WithName(nameof(GetFireSafetyFinding))
            .RequireAuthorization(SecurityPermissions.Read);
}
