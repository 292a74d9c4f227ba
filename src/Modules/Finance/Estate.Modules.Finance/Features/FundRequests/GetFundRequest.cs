using Estate.Modules.Finance.Contracts;
using Estate.Modules.Finance.Data;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Finance.Features.FundRequests;

internal sealed record GetFundRequest(Guid Id) : IRequest<Result<FundRequestDetails>>;

internal sealed class GetFundRequestHandler(FinanceDbContext db) : IRequestHandler<GetFundRequest, Result<FundRequestDetails>>
{
    public async Task<Result<FundRequestDetails>> Handle(GetFundRequest request, CancellationToken cancellationToken)
    {
        var details = await db.FundRequests.AsNoTracking().Where(f => f.Id == request.Id).Select(FundRequestDetails.Projection(db)).FirstOrDefaultAsync(cancellationToken);
        return details is null ? Error.NotFound(new("资金申请", "Fund request"), request.Id) : details;
    }
}

internal static class GetFundRequestEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("fund-requests/{id}", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetFundRequest(id), cancellationToken)).ToOk())
            .WithName(nameof(GetFundRequest))
            .RequireAuthorization(FinancePermissions.Read);
}
