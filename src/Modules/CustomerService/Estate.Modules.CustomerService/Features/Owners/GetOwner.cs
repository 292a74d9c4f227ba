using Estate.Modules.CustomerService.Contracts;
using Estate.Modules.CustomerService.Data;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.CustomerService.Features.Owners;

internal sealed record GetOwner(Guid Id) : IRequest<Result<OwnerDetails>>;

internal sealed class GetOwnerHandler(CustomerServiceDbContext db) : IRequestHandler<GetOwner, Result<OwnerDetails>>
{
    public async Task<Result<OwnerDetails>> Handle(GetOwner request, CancellationToken cancellationToken)
    {
        var details = await OwnerDetails.Query(db, db.Owners.AsNoTracking().Where(o => o.Id == request.Id)).FirstOrDefaultAsync(cancellationToken);
        return details is null ? Error.NotFound(new("业主", "Owner"), request.Id) : details;
    }
}

internal static class GetOwnerEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("owners/{id}", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetOwner(id), cancellationToken)).ToOk())
            .WithName(nameof(GetOwner))
            .RequireAuthorization(CustomerServicePermissions.Read);
}
