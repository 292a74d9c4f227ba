using Estate.Modules.Cleaning.Contracts;
using Estate.Modules.Cleaning.Data;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Cleaning.Features.Zones;

internal sealed record GetZone(Guid Id) : IRequest<Result<ZoneDetails>>;

internal sealed class GetZoneHandler(CleaningDbContext db) : IRequestHandler<GetZone, Result<ZoneDetails>>
{
    public async Task<Result<ZoneDetails>> Handle(GetZone request, CancellationToken cancellationToken)
    {
        var details = await db.Zones.AsNoTracking().Where(z => z.Id == request.Id).Select(ZoneDetails.Projection).FirstOrDefaultAsync(cancellationToken);
        return details is null ? Error.NotFound(new("保洁区域", "Zone"), request.Id) : details;
    }
}

internal static class GetZoneEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("zones/{id}", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetZone(id), cancellationToken)).ToOk())
            .WithName(nameof(GetZone))
            .RequireAuthorization(CleaningPermissions.Read);
}
