using System.Linq.Expressions;
using Estate.Modules.Finance.Data;
using Estate.Modules.Finance.Domain;

namespace Estate.Modules.Finance.Features.Bills;

/// <summary>A bill with its unit and fee item, as finance staff and owners read it.</summary>
internal sealed record BillDetails(
    Guid Id,
    string Period,
    Guid PropertyId,
    Guid BuildingId,
    string BuildingName,
    Guid UnitId,
    string UnitNumber,
    string? OwnerName,
    Guid FeeItemId,
    string FeeItemName,
    FeeItemKind FeeItemKind,
    decimal Quantity,
    decimal UnitPrice,
    decimal AmountDue,
    decimal AmountPaid,
    decimal Outstanding,
    BillStatus Status,
    DateOnly DueOn,
    bool Overdue,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SettledAt);

internal static class BillQueries
{
    /// <summary>
    /// Bills joined with the unit and fee item they are for, as of <paramref name="today"/> (for overdue), by due date,
    /// building, unit and fee item (EF cannot sort on a constructor-projected record, so the order is set here).
    /// </summary>
    public static IQueryable<BillDetails> Details(FinanceDbContext db, IQueryable<Bill> bills, DateOnly today) =>
        from b in bills
        join u in db.Units on b.UnitId equals u.Id
        join f in db.FeeItems on b.FeeItemId equals f.Id
        orderby b.DueOn, u.BuildingName, u.UnitNumber, f.Name, b.Id
        select new BillDetails(
            b.Id,
            // "2026-11", written so PostgreSQL formats it (years are four digits by validation).
            b.Period.Year.ToString() + (b.Period.Month < 10 ? "-0" : "-") + b.Period.Month.ToString(),
            b.PropertyId,
            b.BuildingId,
            u.BuildingName,
            b.UnitId,
            u.UnitNumber,
            u.OwnerName,
            b.FeeItemId,
            f.Name,
            f.Kind,
            b.Quantity,
            b.UnitPrice,
            b.AmountDue,
            b.AmountPaid,
            b.AmountDue - b.AmountPaid,
            b.AmountPaid >= b.AmountDue ? BillStatus.Paid : b.AmountPaid > 0 ? BillStatus.PartlyPaid : BillStatus.Unpaid,
            b.DueOn,
            b.AmountPaid < b.AmountDue && b.DueOn < today,
            b.CreatedAt,
            b.SettledAt);

    public static Expression<Func<Bill, bool>> HasStatus(BillStatus status) => status switch
    {
        BillStatus.Paid => b => b.SettledAt != null,
        BillStatus.PartlyPaid => b => b.SettledAt == null && b.AmountPaid > 0,
        _ => b => b.SettledAt == null && b.AmountPaid == 0,
    };
}
