using Estate.Modules.Finance.Contracts;
using Estate.Modules.Finance.Data;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Finance.Features.FeeItems;

internal sealed record GetFeeItem(Guid Id) : IRequest<Result<FeeItemDetails>>;

internal sealed class GetFeeItemHandler(FinanceDbContext db) : IRequestHandler<GetFeeItem, Result<FeeItemDetails>>
{
    public async Task<Result<FeeItemDetails>> Handle(GetFeeItem request, CancellationToken cancellationToken)
    {
        var item = await db.FeeItems.AsNoTracking().Where(f => f.Id == request.Id).Select(FeeItemDetails.Projection).FirstOrDefaultAsync(cancellationToken);
        return item is null ? Error.NotFound(new("收费项目", "Fee item"), request.Id) : item;
    }
}

internal static class GetFeeItemEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("fee-items/{id}", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetFeeItem(id), cancellationToken)).ToOk())
            .WithName(nameof(GetFeeItem))
            .RequireAuthorization(FinancePermissions.Read);
}
