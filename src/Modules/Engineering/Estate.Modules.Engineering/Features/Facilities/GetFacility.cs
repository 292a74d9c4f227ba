using Estate.Modules.Engineering.Contracts;
using Estate.Modules.Engineering.Data;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Engineering.Features.Facilities;

internal sealed record GetFacility(Guid Id) : IRequest<Result<FacilityDetails>>;

internal sealed class GetFacilityHandler(EngineeringDbContext db) : IRequestHandler<GetFacility, Result<FacilityDetails>>
{
    public async Task<Result<FacilityDetails>> Handle(GetFacility request, CancellationToken cancellationToken)
    {
        var details = await db.Facilities.AsNoTracking()
            .Where(f => f.Id == request.Id)
            .Select(FacilityDetails.Projection)
            .FirstOrDefaultAsync(cancellationToken);
        return details is null ? Error.NotFound(new("设施设备", "Facility"), request.Id) : details;
    }
}

internal static class GetFacilityEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("facilities/{id}", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetFacility(id), cancellationToken)).ToOk())
            .WithName(nameof(GetFacility))
            .RequireAuthorization(EngineeringPermissions.Read);
}
