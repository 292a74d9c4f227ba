using System.Globalization;
using Estate.Modules.Finance.Contracts;
using Estate.Modules.Finance.Data;
using Estate.Modules.Finance.Domain;
using Estate.Modules.Finance.Features.Arrears;
using Estate.Modules.Finance.Features.Bills;
using Estate.Modules.Finance.Features.Budgets;
using Estate.SharedKernel.Seeding;
using Estate.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Estate.Modules.Finance.Seeding;

/// <summary>
/// Finance for the demo company, dated relative to now: fee items of the demo properties, this year's and last
/// year's department budgets, fund requests decided (approved, partly approved, rejected) and waiting, expenses,
/// and — from the units customer service keeps — parking spaces, eight months of bills and the payments on them:
/// most owners pay in the month, some late or in part, some stopped paying at some point and a few never paid, so the
/// collection rate of a month sits around 90 % and arrears of every age show. Each part is added only when missing
/// (bills wait for a start at which units are visible); the same seed gives the same company.
/// </summary>
internal sealed class FinanceDemoData(
    FinanceDbContext db, BillGeneration generation, OldestOpenDueDates oldestOpen, BudgetLedger budgets, ITenantContext tenant, TimeProvider clock,
    ILogger<FinanceDemoData> logger)
    : IDemoDataSeeder
{
    private const int MonthsOfBills = 8;

    private static readonly decimal[] PropertyFeePerSquareMetre = [2.50m, 1.80m, 3.20m];

    private static readonly (string Department, decimal ThisYear, decimal LastYear)[] Budgets =
    [
        ("engineering", 1_200_000m, 1_050_000m),
        ("cleaning", 600_000m, 560_000m),
        ("security", 800_000m, 760_000m),
        ("customer-service", 300_000m, 280_000m),
        ("finance", 200_000m, 190_000m),
    ];

    private static readonly (string Department, string Description, string Payee, decimal Amount)[] RoutineExpenses =
    [
        ("engineering", "设备维修配件采购", "上海机电配件有限公司", 8_600m),
        ("engineering", "电梯年检费用", "上海市特种设备监督检验技术研究院", 4_200m),
        ("cleaning", "保洁耗材（垃圾袋、清洁剂）", "洁诺清洁用品商行", 5_300m),
        ("cleaning", "绿化养护外包", "绿苑园林工程有限公司", 9_800m),
        ("security", "保安服装及对讲机电池", "安达安防器材有限公司", 3_900m),
        ("customer-service", "业主活动物料", "悦享文化传播有限公司", 2_400m),
        ("finance", "收费系统服务费", "云账房软件有限公司", 1_500m),
    ];

    private enum Payer
    {
        OnTime,
        Late,
        Partial,
        Stopped,

        /// <summary>Disputes the fees (a leak never fixed, a parking quarrel) and has paid nothing.</summary>
        Never,
    }

    public async Task SeedAsync(DemoCompany company, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(company);
        if (company.Properties.Count == 0)
        {
            return;
        }

        var random = new Random(20261201);
        var now = clock.StoredNow();
        var today = CompanyCalendar.DateOf(now, tenant.TimeZone);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await db.FeeItems.AnyAsync(cancellationToken))
        {
            SeedFeeItems(company, today, now);
            await db.SaveChangesAsync(cancellationToken);
        }

        if (!await db.Budgets.AnyAsync(cancellationToken))
        {
            SeedBudgets(today, now);
            await db.SaveChangesAsync(cancellationToken);
            await SeedFundRequestsAndExpensesAsync(today, now, random, cancellationToken);
        }

        if (!await db.Bills.AnyAsync(cancellationToken))
        {
            await SeedBillsAndPaymentsAsync(today, now, random, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            // The payments settled bills through the entities, not the payment request that keeps the units' dates.
            await oldestOpen.RecountAllAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private void SeedFeeItems(DemoCompany company, DateOnly today, DateTimeOffset now)
    {
        var since = new DateOnly(today.Year - 2, 1, 1);
        for (var i = 0; i < company.Properties.Count; i++)
        {
            var property = company.Properties[i];
            db.FeeItems.Add(FeeItem.Define(
                company.OrganizationId, "物业服务费", FeeItemKind.PerSquareMetre, PropertyFeePerSquareMetre[i % PropertyFeePerSquareMetre.Length], property.Id, since, null, now));
        }

        db.FeeItems.Add(FeeItem.Define(company.OrganizationId, "公共区域水电分摊", FeeItemKind.PerUnit, 12m, null, since, null, now));
        db.FeeItems.Add(FeeItem.Define(company.OrganizationId, "车位管理费", FeeItemKind.PerParkingSpace, 150m, null, since, null, now));
    }

    private void SeedBudgets(DateOnly today, DateTimeOffset now)
    {
        foreach (var (department, thisYear, lastYear) in Budgets)
        {
            db.Budgets.Add(Budget.Set(tenant.OrganizationId, department, today.Year - 1, lastYear, "年度预算", now.AddDays(-today.DayOfYear - 300)));
            db.Budgets.Add(Budget.Set(tenant.OrganizationId, department, today.Year, thisYear, "年度预算（董事会批准）", now.AddDays(-today.DayOfYear + 5)));
        }
    }

    private async Task SeedFundRequestsAndExpensesAsync(DateOnly today, DateTimeOffset now, Random random, CancellationToken cancellationToken)
    {
        var budgetsByKey = await db.Budgets.ToDictionaryAsync(b => (b.Department, b.Year), cancellationToken);

        // Routine spending outside fund requests: each department, every month of this year so far.
        for (var month = 1; month <= today.Month; month++)
        {
            foreach (var (department, description, payee, amount) in RoutineExpenses)
            {
                var spentOn = new DateOnly(today.Year, month, Math.Min(5 + random.Next(20), DateTime.DaysInMonth(today.Year, month)));
                if (spentOn > today)
                {
                    continue;
                }

                var recordedAt = CompanyCalendar.StartOf(spentOn, tenant.TimeZone).AddHours(15);
                db.Expenses.Add(Expense.Book(
                    budgetsByKey[(department, today.Year)], null, 0, Math.Round(amount * (0.8m + (decimal)random.NextDouble() * 0.4m), 2), spentOn, description, payee,
                    null, null, recordedAt < now ? recordedAt : now));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        var decisions = new (string Department, string Purpose, decimal Amount, int DaysAgo, FundRequestStatus Decision, decimal? Part, string? Reason, int DecidedAfterDays, decimal Spent)[]
        {
            ("engineering", "3号楼电梯主板更换（电梯异响、配件缺货问题）", 68_000m, 45, FundRequestStatus.Approved, null, "电梯安全优先，全额批准", 3, 52_000m),
            ("cleaning", "购置洗地机两台，提高地下车库清洁效率", 36_000m, 40, FundRequestStatus.PartlyApproved, 18_000m, "先购置一台试用，下季度再评估", 5, 17_600m),
            ("security", "小区监控系统整体升级（高清摄像头120路）", 150_000m, 28, FundRequestStatus.Rejected, null, "本年度预算不足，纳入明年预算统筹考虑", 6, 0m),
            ("engineering", "主干道路灯更换为LED路灯", 86_000m, 20, FundRequestStatus.PartlyApproved, 60_000m, "分两期实施，一期先更换主干道", 4, 0m),
            ("customer-service", "业主满意度第三方调查", 18_000m, 16, FundRequestStatus.Approved, null, null, 2, 18_000m),
            ("security", "消防演练物资及培训", 12_000m, 5, FundRequestStatus.Pending, null, null, 0, 0m),
            ("engineering", "地下车库照明节能改造二期", 45_000m, 3, FundRequestStatus.Pending, null, null, 0, 0m),
            ("cleaning", "垃圾分类亭新增4座", 28_000m, 1, FundRequestStatus.Pending, null, null, 0, 0m),
        };
        foreach (var (department, purpose, amount, daysAgo, decision, part, reason, decidedAfterDays, spent) in decisions)
        {
            var requestedAt = now.AddDays(-daysAgo).AddHours(-random.Next(1, 6));
            var fundRequest = FundRequest.Submit(tenant.OrganizationId, department, purpose, amount, null, null, null, null, requestedAt);
            db.FundRequests.Add(fundRequest);
            if (decision == FundRequestStatus.Pending)
            {
                continue;
            }

            var decidedAt = requestedAt.AddDays(decidedAfterDays);
            var year = CompanyCalendar.DateOf(decidedAt, tenant.TimeZone).Year;
            var remaining = (await budgets.FiguresAsync(department, year, cancellationToken)).Remaining;
            fundRequest.Decide(decision, part, reason, year, remaining, false, null, decidedAt);
            if (spent > 0)
            {
                var spentOn = CompanyCalendar.DateOf(decidedAt.AddDays(7), tenant.TimeZone);
                spentOn = spentOn > today ? today : spentOn.Year > year ? new DateOnly(year, 12, 31) : spentOn;
                db.Expenses.Add(Expense.Book(
                    budgetsByKey[(department, year)], fundRequest, 0, spent, spentOn, purpose, null, null, null, Min(decidedAt.AddDays(7), now)));
            }

            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private async Task SeedBillsAndPaymentsAsync(DateOnly today, DateTimeOffset now, Random random, CancellationToken cancellationToken)
    {
        var firstPeriod = BillingPeriod.Of(today).AddMonths(-(MonthsOfBills - 1));
        var source = await generation.RefreshUnitsAsync(cancellationToken);
        // By place, not id: ids made in one instant are ordered at random, and the story must be the same every time.
        var units = await db.Units.Where(u => u.RemovedAt == null)
            .OrderBy(u => u.PropertyId).ThenBy(u => u.BuildingName).ThenBy(u => u.UnitNumber)
            .ToListAsync(cancellationToken);
        if (units.Count == 0)
        {
            logger.LogWarning(
                "No units are visible to finance (units from {Source}: customer service is not installed, is off, or has no units yet): demo bills and payments are not seeded",
                source.Source);
            return;
        }

        SeedParkingSpaces(units, firstPeriod, now, random);
        await db.SaveChangesAsync(cancellationToken);
        // Each month's bills as the monthly job made them, on its first morning.
        for (var period = firstPeriod; period <= BillingPeriod.Of(today); period = period.AddMonths(1))
        {
            await generation.GenerateAsync(period, BillingPeriod.LastDay(period), BillingTrigger.Schedule, RunTime(period, now), cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        var bills = await db.Bills.OrderBy(b => b.DueOn).ThenBy(b => b.FeeItemId).ToListAsync(cancellationToken);
        var billsByUnit = bills.ToLookup(b => b.UnitId);
        var receipt = 0;
        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            var unitBills = billsByUnit[unit.Id].ToList();
            // Payments are applied in the order they were made, each to what was open then.
            foreach (var (paidAt, part) in PaymentsOf(PayerOf(i), unitBills, firstPeriod, today, random).Where(p => p.PaidAt <= now).OrderBy(p => p.PaidAt))
            {
                var paidOn = CompanyCalendar.DateOf(paidAt, tenant.TimeZone);
                var open = unitBills.Where(b => b.Outstanding > 0 && b.Period <= BillingPeriod.Of(paidOn)).ToList();
                var owed = open.Sum(b => b.Outstanding);
                var amount = Math.Min(part ?? owed, owed);
                if (amount <= 0)
                {
                    continue;
                }

                receipt++;
                db.Payments.Add(Payment.Receive(
                    tenant.OrganizationId, unit, amount, PickMethod(random), string.Create(CultureInfo.InvariantCulture, $"SK{paidOn:yyyyMM}{receipt:00000}"),
                    paidAt, null, null, null, open, paidAt));
            }
        }
    }

    // Exact shares of each kind of payer, spread over the buildings (37 and 100 share no factor, so the slots of 100
    // consecutive units are a permutation of 0–99).
    private static Payer PayerOf(int unitIndex) => (unitIndex * 37 % 100) switch
    {
        < 80 => Payer.OnTime,
        < 87 => Payer.Late,
        < 91 => Payer.Partial,
        < 95 => Payer.Stopped,
        _ => Payer.Never,
    };

    /// <summary>
    /// When a unit pays, month by month, and how much (null: everything open then). On-time payers pay in the month,
    /// now and then a month late; late payers one or two months after; partial payers part of each month's charges;
    /// some stopped paying at some month of the history, a few never paid.
    /// </summary>
    private IEnumerable<(DateTimeOffset PaidAt, decimal? Part)> PaymentsOf(Payer payer, List<Bill> bills, DateOnly firstPeriod, DateOnly today, Random random)
    {
        var stopsAt = firstPeriod.AddMonths(random.Next(MonthsOfBills + 1));
        for (var period = firstPeriod; period <= BillingPeriod.Of(today); period = period.AddMonths(1))
        {
            var monthsLate = payer switch
            {
                Payer.Late => 1 + random.Next(2),
                Payer.OnTime when random.Next(25) == 0 => 1,
                _ => 0,
            };
            var day = period.AddMonths(monthsLate).AddDays(random.Next(2, 26));
            if (payer == Payer.Never || (payer == Payer.Stopped && period >= stopsAt) || day > today)
            {
                continue;
            }

            var charged = bills.Where(b => b.Period == period).Sum(b => b.AmountDue);
            var part = payer == Payer.Partial ? Math.Round(charged * (0.5m + (decimal)random.NextDouble() * 0.3m), 2) : (decimal?)null;
            yield return (CompanyCalendar.StartOf(day, tenant.TimeZone).AddHours(9 + random.Next(10)).AddMinutes(random.Next(60)), part);
        }
    }

    // About one unit in four rents a parking space, numbered per property.
    private void SeedParkingSpaces(List<BillableUnit> units, DateOnly since, DateTimeOffset now, Random random)
    {
        foreach (var property in units.GroupBy(u => u.PropertyId))
        {
            var number = 0;
            foreach (var unit in property.Where(_ => random.Next(4) == 0))
            {
                number++;
                db.ParkingSpaces.Add(ParkingSpace.Assign(
                    tenant.OrganizationId, unit, string.Create(CultureInfo.InvariantCulture, $"B1-{number:000}"), since.AddMonths(-random.Next(6, 30)), now));
            }
        }
    }

    private static PaymentMethod PickMethod(Random random) => random.NextDouble() switch
    {
        < 0.40 => PaymentMethod.WeChat,
        < 0.65 => PaymentMethod.Alipay,
        < 0.80 => PaymentMethod.BankTransfer,
        < 0.90 => PaymentMethod.Cash,
        _ => PaymentMethod.Card,
    };

    private DateTimeOffset RunTime(DateOnly period, DateTimeOffset now) => Min(CompanyCalendar.StartOf(period, tenant.TimeZone).AddHours(8), now);

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
