using Estate.Modules.CustomerService.Contracts;
using Estate.Modules.CustomerService.Data;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.CustomerService.Features.Units;

internal sealed record GetUnit(Guid Id) : IRequest<Result<UnitDetails>>;

internal sealed class GetUnitHandler(CustomerServiceDbContext db) : IRequestHandler<GetUnit, Result<UnitDetails>>
{
    public async Task<Result<UnitDetails>> Handle(GetUnit request, CancellationToken cancellationToken)
    {
        var details = await UnitDetails.Query(db, db.Units.AsNoTracking().Where(u => u.Id == request.Id)).FirstOrDefaultAsync(cancellationToken);
        return details is null ? Error.NotFound(new("房屋", "Unit"), request.Id) : details;
    }
}

internal static class GetUnitEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("units/{id}", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetUnit(id), cancellationToken)).ToOk())
            .WithName(nameof(GetUnit))
            .RequireAuthorization(CustomerServicePermissions.Read);
}
