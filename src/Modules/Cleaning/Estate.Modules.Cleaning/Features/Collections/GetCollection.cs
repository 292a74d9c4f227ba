using Estate.Modules.Cleaning.Contracts;
using Estate.Modules.Cleaning.Data;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Cleaning.Features.Collections;

internal sealed record GetCollection(Guid Id) : IRequest<Result<CollectionDetails>>;

internal sealed class GetCollectionHandler(CleaningDbContext db) : IRequestHandler<GetCollection, Result<CollectionDetails>>
{
    public async Task<Result<CollectionDetails>> Handle(GetCollection request, CancellationToken cancellationToken)
    {
        var details = await db.GarbageCollections.AsNoTracking()
            .Where(c => c.Id == request.Id)
            .Select(CollectionDetails.Projection)
            .FirstOrDefaultAsync(cancellationToken);
        return details is null ? Error.NotFound(new("清运记录", "Collection"), request.Id) : details;
    }
}

internal static class GetCollectionEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("collections/{id}", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetCollection(id), cancellationToken)).ToOk())
            .WithName(nameof(GetCollection))
            .RequireAuthorization(CleaningPermissions.Read);
}
