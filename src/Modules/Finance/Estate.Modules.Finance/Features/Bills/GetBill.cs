using Estate.Modules.Finance.Contracts;
using Estate.Modules.Finance.Data;
using Estate.Modules.Finance.Domain;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Finance.Features.Bills;

internal sealed record GetBill(Guid Id) : IRequest<Result<BillDetails>>;

internal sealed class GetBillHandler(FinanceDbContext db, ITenantContext tenant, TimeProvider clock) : IRequestHandler<GetBill, Result<BillDetails>>
{
    public async Task<Result<BillDetails>> Handle(GetBill request, CancellationToken cancellationToken)
    {
        var today = CompanyCalendar.DateOf(clock.GetUtcNow(), tenant.TimeZone);
        var bill = await BillQueries.Details(db, db.Bills.AsNoTracking().Where(b => b.Id == request.Id), today).FirstOrDefaultAsync(cancellationToken);
        return bill is null ? Error.NotFound(new("账单", "Bill"), request.Id) : bill;
    }
}

internal static class GetBillEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("bills/{id}", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetBill(id), cancellationToken)).ToOk())
            .WithName(nameof(GetBill))
            .RequireAuthorization(FinancePermissions.ReadAccounts);
}
