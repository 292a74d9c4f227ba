using Estate.Modules.Finance.Contracts;
using Estate.Modules.Finance.Data;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Finance.Features.Bills;

/// <summary>One generation with what it billed per fee item and how much of that has been paid.</summary>
internal sealed record GetBillingRun(Guid Id) : IRequest<Result<BillingRunReport>>;

internal sealed class GetBillingRunHandler(FinanceDbContext db, IUserDirectory users) : IRequestHandler<GetBillingRun, Result<BillingRunReport>>
{
    public async Task<Result<BillingRunReport>> Handle(GetBillingRun request, CancellationToken cancellationToken)
    {
        var run = await db.BillingRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == request.Id, cancellationToken);
        if (run is null)
        {
            return Error.NotFound(new("计费批次", "Billing run"), request.Id);
        }

        // The period narrows the bills to the unique key's range; the run id picks this generation's among them.
        var totals = await db.Bills.AsNoTracking()
            .Where(b => b.Period == run.Period && b.BillingRunId == run.Id)
            .GroupBy(b => b.FeeItemId)
            .Select(g => new { FeeItemId = g.Key, Bills = g.Count(), AmountDue = g.Sum(b => b.AmountDue), AmountPaid = g.Sum(b => b.AmountPaid) })
            .ToListAsync(cancellationToken);
        var feeItemIds = totals.Select(t => t.FeeItemId).ToList();
        var feeItems = await db.FeeItems.AsNoTracking().Where(f => feeItemIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, cancellationToken);
        var byFeeItem = totals
            .Select(t => new BillingRunFeeItem(t.FeeItemId, feeItems[t.FeeItemId].Name, feeItems[t.FeeItemId].Kind, t.Bills, t.AmountDue, t.AmountPaid))
            .OrderBy(f => f.FeeItemName, StringComparer.Ordinal)
            .ToList();
        var names = await BillingRunRequesters.NamesAsync(users, [run.RequestedByUserId], cancellationToken);
        var details = BillingRunDetails.From(run) with { RequestedByName = run.RequestedByUserId is { } id ? names.GetValueOrDefault(id) : null };
        return new BillingRunReport(details, byFeeItem);
    }
}

internal static class GetBillingRunEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("billing-runs/{id}", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetBillingRun(id), cancellationToken)).ToOk())
            .WithName(nameof(GetBillingRun))
            .WithSummary("A bill generation with its bills by fee item (of the caller's properties) and what has been paid on them")
            .RequireAuthorization(FinancePermissions.Read);
}
