using Estate.Modules.Finance.Data;
using Estate.Modules.Finance.Domain;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Finance.Features.Payments;

/// <summary>A payment and the bills it settled.</summary>
internal sealed record PaymentDetails(
    Guid Id,
    Guid PropertyId,
    Guid UnitId,
    string BuildingName,
    string UnitNumber,
    decimal Amount,
    PaymentMethod Method,
    string ReceiptNumber,
    DateTimeOffset PaidAt,
    string? PayerName,
    string? Note,
    DateTimeOffset RecordedAt,
    IReadOnlyList<PaymentAllocationDetails> Allocations);

/// <summary>What one payment paid on one bill.</summary>
internal sealed record PaymentAllocationDetails(Guid BillId, string Period, string FeeItemName, DateOnly DueOn, decimal Amount);

internal static class PaymentQueries
{
    private sealed record Row(
        Guid Id, Guid PropertyId, Guid UnitId, string BuildingName, string UnitNumber, decimal Amount, PaymentMethod Method, string ReceiptNumber,
        DateTimeOffset PaidAt, string? PayerName, string? Note, DateTimeOffset RecordedAt);

    private sealed record AllocationRow(Guid PaymentId, Guid BillId, DateOnly Period, string FeeItemName, DateOnly DueOn, decimal Amount);

    /// <summary>The payments of a query with their allocations (two statements), latest first.</summary>
    public static async Task<List<PaymentDetails>> LoadAsync(FinanceDbContext db, IQueryable<Payment> payments, CancellationToken cancellationToken)
    {
        var rows = await (
                from p in payments
                join u in db.Units on p.UnitId equals u.Id
                orderby p.PaidAt descending, p.Id descending
                select new Row(p.Id, p.PropertyId, p.UnitId, u.BuildingName, u.UnitNumber, p.Amount, p.Method, p.ReceiptNumber, p.PaidAt, p.PayerName, p.Note, p.RecordedAt))
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var allocations = await (
                from a in db.PaymentAllocations
                join b in db.Bills on a.BillId equals b.Id
                join f in db.FeeItems on b.FeeItemId equals f.Id
                where ids.Contains(a.PaymentId)
                orderby b.DueOn, b.Period, f.Name
                select new AllocationRow(a.PaymentId, a.BillId, b.Period, f.Name, b.DueOn, a.Amount))
            .ToListAsync(cancellationToken);
        var byPayment = allocations.ToLookup(a => a.PaymentId);
        return
        [
            .. rows.Select(r => new PaymentDetails(
                r.Id, r.PropertyId, r.UnitId, r.BuildingName, r.UnitNumber, r.Amount, r.Method, r.ReceiptNumber, r.PaidAt, r.PayerName, r.Note, r.RecordedAt,
                [.. byPayment[r.Id].Select(a => new PaymentAllocationDetails(a.BillId, BillingPeriod.Name(a.Period), a.FeeItemName, a.DueOn, a.Amount))])),
        ];
    }
}
