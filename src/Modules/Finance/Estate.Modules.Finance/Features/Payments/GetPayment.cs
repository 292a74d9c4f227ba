using Estate.Modules.Finance.Contracts;
using Estate.Modules.Finance.Data;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Finance.Features.Payments;

internal sealed record GetPayment(Guid Id) : IRequest<Result<PaymentDetails>>;

internal sealed class GetPaymentHandler(FinanceDbContext db) : IRequestHandler<GetPayment, Result<PaymentDetails>>
{
    public async Task<Result<PaymentDetails>> Handle(GetPayment request, CancellationToken cancellationToken)
    {
        var payment = (await PaymentQueries.LoadAsync(db, db.Payments.AsNoTracking().Where(p => p.Id == request.Id), cancellationToken)).SingleOrDefault();
        return payment is null ? Error.NotFound(new("缴费记录", "Payment"), request.Id) : payment;
    }
}

internal static class GetPaymentEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("payments/{id}", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetPayment(id), cancellationToken)).ToOk())
            .WithName(nameof(GetPayment))
            .RequireAuthorization(FinancePermissions.ReadAccounts);
}
