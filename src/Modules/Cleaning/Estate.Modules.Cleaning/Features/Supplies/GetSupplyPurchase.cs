using Estate.Modules.Cleaning.Contracts;
using Estate.Modules.Cleaning.Data;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Cleaning.Features.Supplies;

internal sealed record GetSupplyPurchase(Guid Id) : IRequest<Result<SupplyPurchaseDetails>>;

internal sealed class GetSupplyPurchaseHandler(CleaningDbContext db) : IRequestHandler<GetSupplyPurchase, Result<SupplyPurchaseDetails>>
{
    public async Task<Result<SupplyPurchaseDetails>> Handle(GetSupplyPurchase request, CancellationToken cancellationToken)
    {
        var details = await db.SupplyPurchases.AsNoTracking()
            .Where(p => p.Id == request.Id)
            .Select(SupplyPurchaseDetails.Projection)
            .FirstOrDefaultAsync(cancellationToken);
        return details is null ? Error.NotFound(new("物料采购", "Supply purchase"), request.Id) : details;
    }
}

internal static class GetSupplyPurchaseEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("supply-purchases/{id}", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetSupplyPurchase(id), cancellationToken)).ToOk())
            .WithName(nameof(GetSupplyPurchase))
            .RequireAuthorization(CleaningPermissions.Read);
}
