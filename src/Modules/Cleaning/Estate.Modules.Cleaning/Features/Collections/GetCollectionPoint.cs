using Estate.Modules.Cleaning.Contracts;
using Estate.Modules.Cleaning.Data;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Cleaning.Features.Collections;

internal sealed record GetCollectionPoint(Guid Id) : IRequest<Result<CollectionPointDetails>>;

internal sealed class GetCollectionPointHandler(CleaningDbContext db) : IRequestHandler<GetCollectionPoint, Result<CollectionPointDetails>>
{
    public async Task<Result<CollectionPointDetails>> Handle(GetCollectionPoint request, CancellationToken cancellationToken)
    {
        var details = await db.CollectionPoints.AsNoTracking()
            .Where(p => p.Id == request.Id)
            .Select(CollectionPointDetails.Projection)
            .FirstOrDefaultAsync(cancellationToken);
        return details is null ? Error.NotFound(new("垃圾收集点", "Collection point"), request.Id) : details;
    }
}

internal static class GetCollectionPointEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("collection-points/{id}", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetCollectionPoint(id), cancellationToken)).ToOk())
            .WithName(nameof(GetCollectionPoint))
            .RequireAuthorization(CleaningPermissions.Read);
}
