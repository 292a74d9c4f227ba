using Estate.Modules.CustomerService.Contracts;
using Estate.Modules.CustomerService.Data;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.CustomerService.Features.Buildings;

internal sealed record GetBuilding(Guid Id) : IRequest<Result<BuildingDetails>>;

internal sealed class GetBuildingHandler(CustomerServiceDbContext db) : IRequestHandler<GetBuilding, Result<BuildingDetails>>
{
    public async Task<Result<BuildingDetails>> Handle(GetBuilding request, CancellationToken cancellationToken)
    {
        var details = await db.Buildings.AsNoTracking().Where(b => b.Id == request.Id).Select(BuildingDetails.Projection).FirstOrDefaultAsync(cancellationToken);
        return details is null ? Error.NotFound(new("楼栋", "Building"), request.Id) : details;
    }
}

internal static class GetBuildingEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("buildings/{id}", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetBuilding(id), cancellationToken)).ToOk())
            .WithName(nameof(GetBuilding))
            .RequireAuthorization(CustomerServicePermissions.Read);
}
