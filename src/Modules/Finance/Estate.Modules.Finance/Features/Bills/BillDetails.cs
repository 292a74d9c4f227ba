using System.Linq.Expressions;
using Estate.Modules.Finance.Data;
using Estate.Modules.Finance.Domain;
using Estate.SharedKernel.Ui;

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
    /// <summary>The orders a bill list accepts (<c>sort=</c>); a leading '-' reverses one.</summary>
    public static readonly IReadOnlyList<string> SortKeys = ["dueOn", "-dueOn", "period", "-period", "unit", "-unit", "amountDue", "-amountDue", "outstanding", "-outstanding"];

    public static string SortMessage => Texts.T(
        "排序方式（sort）须为 dueOn、period、unit、amountDue、outstanding 之一，可加前缀“-”表示倒序。",
        "'sort' must be one of dueOn, period, unit, amountDue, outstanding, optionally preceded by '-'.");

    /// <summary>
    /// Bills joined with the unit and fee item they are for, as of <paramref name="today"/> (for overdue), in the
    /// asked order, by default by due date, building, unit and fee item (EF cannot sort on a constructor-projected
    /// record, so the order is set on the joined rows).
    /// </summary>
    public static IQueryable<BillDetails> Details(FinanceDbContext db, IQueryable<Bill> bills, DateOnly today, string? sort = null)
    {
        var rows =
            from b in bills
            join u in db.Units on b.UnitId equals u.Id
            join f in db.FeeItems on b.FeeItemId equals f.Id
            select new { Bill = b, Unit = u, FeeItem = f };
        var ordered = sort switch
        {
            "-dueOn" => rows.OrderByDescending(r => r.Bill.DueOn).ThenBy(r => r.Unit.BuildingName).ThenBy(r => r.Unit.UnitNumber),
            "period" => rows.OrderBy(r => r.Bill.Period).ThenBy(r => r.Unit.BuildingName).ThenBy(r => r.Unit.UnitNumber),
            "-period" => rows.OrderByDescending(r => r.Bill.Period).ThenBy(r => r.Unit.BuildingName).ThenBy(r => r.Unit.UnitNumber),
            "unit" => rows.OrderBy(r => r.Unit.BuildingName).ThenBy(r => r.Unit.UnitNumber).ThenBy(r => r.Bill.DueOn),
            "-unit" => rows.OrderByDescending(r => r.Unit.BuildingName).ThenByDescending(r => r.Unit.UnitNumber).ThenBy(r => r.Bill.DueOn),
            "amountDue" => rows.OrderBy(r => r.Bill.AmountDue).ThenBy(r => r.Bill.DueOn),
            "-amountDue" => rows.OrderByDescending(r => r.Bill.AmountDue).ThenBy(r => r.Bill.DueOn),
            "outstanding" => rows.OrderBy(r => r.Bill.AmountDue - r.Bill.AmountPaid).ThenBy(r => r.Bill.DueOn),
            "-outstanding" => rows.OrderByDescending(r => r.Bill.AmountDue - r.Bill.AmountPaid).ThenBy(r => r.Bill.DueOn),
            _ => rows.OrderBy(r => r.Bill.DueOn).ThenBy(r => r.Unit.BuildingName).ThenBy(r => r.Unit.UnitNumber),
        };
        return ordered.ThenBy(r => r.FeeItem.Name).ThenBy(r => r.Bill.Id).Select(r => new BillDetails(
            r.Bill.Id,
            // "2026-11", written so PostgreSQL formats it (years are four digits by validation).
            r.Bill.Period.Year.ToString() + (r.Bill.Period.Month < 10 ? "-0" : "-") + r.Bill.Period.Month.ToString(),
            r.Bill.PropertyId,
            r.Bill.BuildingId,
            r.Unit.BuildingName,
            r.Bill.UnitId,
            r.Unit.UnitNumber,
            r.Unit.OwnerName,
            r.Bill.FeeItemId,
            r.FeeItem.Name,
            r.FeeItem.Kind,
            r.Bill.Quantity,
            r.Bill.UnitPrice,
            r.Bill.AmountDue,
            r.Bill.AmountPaid,
            r.Bill.AmountDue - r.Bill.AmountPaid,
            r.Bill.AmountPaid >= r.Bill.AmountDue ? BillStatus.Paid : r.Bill.AmountPaid > 0 ? BillStatus.PartlyPaid : BillStatus.Unpaid,
            r.Bill.DueOn,
            r.Bill.AmountPaid < r.Bill.AmountDue && r.Bill.DueOn < today,
            r.Bill.CreatedAt,
            r.Bill.SettledAt));
    }

    public static Expression<Func<Bill, bool>> HasStatus(BillStatus status) => status switch
    {
        BillStatus.Paid => b => b.SettledAt != null,
        BillStatus.PartlyPaid => b => b.SettledAt == null && b.AmountPaid > 0,
        _ => b => b.SettledAt == null && b.AmountPaid == 0,
    };
}
