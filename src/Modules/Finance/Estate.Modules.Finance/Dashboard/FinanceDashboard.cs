using Estate.Modules.Finance.Data;
using Estate.Modules.Finance.Features.Arrears;
using Estate.Modules.Finance.Features.Collection;
using Estate.Modules.Finance.Reports;
using Estate.SharedKernel.Dashboard;
using Estate.SharedKernel.Persistence;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Ui;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Estate.Modules.Finance.Dashboard;

/// <summary>
/// Finance on the dashboard: what the bills falling due in the period ask for and what has been paid on them, the
/// collection rate (overall and by building) and the units in arrears today (owing on a bill past its due date,
/// counted on finance's unit copy by their oldest open due date). Once the company's figures have been
/// refreshed, the per-building sums come from the stored building figures (plus what the refresher has not added
/// yet), exact at any moment; before that, from the bills themselves.
/// </summary>
internal sealed class FinanceDashboard(FinanceDbContext db, StoredFinanceFigures stored, OldestOpenDueDates oldestOpen, ITenantContext tenant, TimeProvider clock)
    : IDashboardSource
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

        var sums = await stored.CoveredThroughAsync(cancellationToken) is null
            ? await bills.Where(b => b.DueOn >= fromDay && b.DueOn < toDay)
                .GroupBy(b => b.BuildingId)
                .Select(g => new BuildingCollection(g.Key, g.Sum(b => b.AmountDue), g.Sum(b => b.AmountPaid)))
                .ToListAsync(cancellationToken)
            : await stored.ByBuildingAsync(fromDay, toDay, query.PropertyId, cancellationToken);
        var names = await BuildingNamesAsync([.. sums.Select(s => s.BuildingId)], cancellationToken);
        var byBuilding = sums
            .Select(s => new { BuildingName = names.GetValueOrDefault(s.BuildingId, ""), s.BuildingId, s.Due, s.Paid })
            .OrderBy(b => b.BuildingName, StringComparer.Ordinal).ThenBy(b => b.BuildingId)
            .ToList();
        var unitsInArrears = await oldestOpen.CountAsync(today, query.PropertyId, cancellationToken);
        var (due, paid) = (byBuilding.Sum(b => b.Due), byBuilding.Sum(b => b.Paid));

        return new DashboardSection(
            ModuleId,
            new LocalizedText("财务", "Finance"),
            [
                new("finance.billed", new("应收金额", "Billed"), due, "CNY", "/finance/bills"),
                new("finance.collected", new("已收金额", "Collected"), paid, "CNY", "/finance/bills?status=paid"),
                new("finance.collection-rate", new("收缴率", "Collection rate"), GetCollectionRateHandler.Rate(paid, due), "%", "/finance/bills"),
                new("finance.units-in-arrears", new("欠费户数", "Units in arrears"), unitsInArrears, "", "/finance/arrears"),
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

    // One probe of finance's unit copy per building (its first name, should its units disagree).
    private async Task<Dictionary<Guid, string>> BuildingNamesAsync(Guid[] buildingIds, CancellationToken cancellationToken) =>
        buildingIds.Length == 0
            ? []
            : (await db.QueryAsync(
                """
                SELECT b.id, n.building_name
                FROM unnest(@buildings) AS b(id)
                CROSS JOIN LATERAL (
                    SELECT u.building_name FROM finance.billable_units u
                    WHERE u.organization_id = @org AND u.building_id = b.id
                    ORDER BY u.building_name
                    LIMIT 1
                ) n
                """,
                [
                    new NpgsqlParameter<Guid>("org", tenant.OrganizationId),
                    new NpgsqlParameter("buildings", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = buildingIds },
                ],
                r => (Id: r.GetGuid(0), Name: r.GetString(1)),
                cancellationToken))
            .ToDictionary(b => b.Id, b => b.Name);
}
