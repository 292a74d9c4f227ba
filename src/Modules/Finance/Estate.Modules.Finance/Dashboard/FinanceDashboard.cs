using Estate.Modules.Finance.Data;
using Estate.Modules.Finance.Features.Collection;
using Estate.SharedKernel.Dashboard;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Ui;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Finance.Dashboard;

/// <summary>
/// Finance on the dashboard: what the bills falling due in the period ask for and what has been paid on them, the
/// collection rate (overall and by building) and the bills overdue today.
/// </summary>
internal sealed class FinanceDashboard(FinanceDbContext db, ITenantContext tenant, TimeProvider clock) : IDashboardSource
{
    public string ModuleId => FinanceModule.Id;

    public async Task<DashboardSection> BuildAsync(DashboardQuery query, CancellationToken cancellationToken)
    {
        var zone = tenant.TimeZone;
        var fromDay = CompanyCalendar.DateOf(query.Period.From, zone);
        var toDay = CompanyCalendar.DateOf(query.Period.To, zone);
        var today = CompanyCalendar.DateOf(clock.GetUtcNow(), zone);
        var bills = db.Bills.AsNoTracking();
        if (query.PropertyId is { } propertyId)
        {
            bills = bills.Where(b => b.PropertyId == propertyId);
        }

        var byBuilding = await (
                from b in bills.Where(b => b.DueOn >= fromDay && b.DueOn < toDay)
                join u in db.Units on b.UnitId equals u.Id
                group b by new { b.BuildingId, u.BuildingName } into g
                orderby g.Key.BuildingName
                select new { g.Key.BuildingName, Due = g.Sum(b => b.AmountDue), Paid = g.Sum(b => b.AmountPaid) })
            .ToListAsync(cancellationToken);
        var overdue = await bills.CountAsync(b => b.SettledAt == null && b.DueOn < today, cancellationToken);
        var (due, paid) = (byBuilding.Sum(b => b.Due), byBuilding.Sum(b => b.Paid));

        return new DashboardSection(
            ModuleId,
            new LocalizedText("财务", "Finance"),
            [
                new("finance.billed", new("应收金额", "Billed"), due, "CNY", "/finance/bills"),
                new("finance.collected", new("已收金额", "Collected"), paid, "CNY", "/finance/bills?status=paid"),
                new("finance.collection-rate", new("收缴率", "Collection rate"), GetCollectionRateHandler.Rate(paid, due), "%", "/finance/bills"),
                new("finance.overdue-bills", new("逾期账单", "Overdue bills"), overdue, "", "/finance/bills?overdue=true"),
            ],
            [
                new(
                    "finance.collection-rate-by-building",
                    new("各楼栋收缴率", "Collection rate by building"),
                    ChartKind.Bar,
                    [.. byBuilding.Select(b => new LocalizedText(b.BuildingName, b.BuildingName))],
                    [new(new("收缴率 %", "Collection rate %"), [.. byBuilding.Select(b => GetCollectionRateHandler.Rate(b.Paid, b.Due) ?? 0)])],
                    "/finance/bills?status=unpaid"),
                new(
                    "finance.billed-vs-collected",
                    new("应收与实收", "Billed and collected"),
                    ChartKind.Bar,
                    [.. byBuilding.Select(b => new LocalizedText(b.BuildingName, b.BuildingName))],
                    [
                        new(new("应收", "Billed"), [.. byBuilding.Select(b => b.Due)]),
                        new(new("实收", "Collected"), [.. byBuilding.Select(b => b.Paid)]),
                    ],
                    "/finance/bills"),
            ]);
    }
}
