using System.Globalization;
using Estate.Modules.Finance.Contracts;
using Estate.Modules.Finance.Data;
using Estate.Modules.Finance.Domain;
using Estate.Modules.Finance.Features.Arrears;
using Estate.Modules.Finance.Features.Budgets;
using Estate.SharedKernel.Modules;
using Estate.SharedKernel.Reports;
using Estate.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Finance.Reports;

/// <summary>
/// Finance's report to the work meeting for [From, To), each figure beside the previous period of equal length:
/// the collection rate of the bills that fell due in the period (received by its end ÷ due), money received,
/// arrears at the period's end and their ageing, each department's budget use for the year, and fund requests
/// waiting and decided. Waiting fund requests, long arrears and budgets committed beyond their amount are its
/// open problems.
/// </summary>
internal sealed class FinanceMeetingReport(
    FinanceDbContext db, StoredFinanceFigures stored, ArrearsLedger arrears, OldestOpenDueDates oldestOpen, BudgetLedger budgets, IPropertyDirectory properties,
    IModuleCatalog modules, ITenantContext tenant, TimeProvider clock) : IDepartmentReportSource
{
    public const decimal CollectionTarget = 95m;
    private const int MaxProblems = 20;

    public string ModuleId => FinanceModule.Id;

    private sealed record Window(DateTimeOffset From, DateTimeOffset End, DateOnly FromDay, DateOnly ToDay, DateOnly LastDay);

    private sealed record PropertyMoney(Guid PropertyId, decimal Due, decimal Received, decimal Cash);

    private sealed record FundRequestCounts(int Waiting, int Decided, int Approved, int PartlyApproved, int Rejected, decimal ApprovedAmount);

    public async Task<DepartmentReport> BuildAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var now = clock.GetUtcNow();
        var current = WindowOf(period.From, period.To, now);
        var previous = WindowOf(period.From - (period.To - period.From), period.From, now);
        var visible = await properties.ListAsync(cancellationToken);

        var covered = await stored.CoveredThroughAsync(cancellationToken);
        var money = await MoneyAsync(current, covered, cancellationToken);
        var moneyBefore = await MoneyAsync(previous, covered, cancellationToken);
        var owed = await ArrearsAsync(current.LastDay, covered, cancellationToken);
        var owedBefore = await ArrearsAsync(previous.LastDay, covered, cancellationToken);
        var budgetUse = await budgets.AllAsync(current.LastDay.Year, current.End, cancellationToken);
        var budgetUseBefore = await budgets.AllAsync(previous.LastDay.Year, previous.End, cancellationToken);
        var requests = await FundRequestsAsync(current, cancellationToken);
        var requestsBefore = await FundRequestsAsync(previous, cancellationToken);

        var indicators = new List<ReportIndicator>
        {
            new(
                "collection_rate", "收缴率（本期到期账单）", "Collection rate (bills due in the period)",
                Rate(money.Sum(m => m.Received), money.Sum(m => m.Due)), Rate(moneyBefore.Sum(m => m.Received), moneyBefore.Sum(m => m.Due)), "%",
                new IndicatorTarget(TargetComparison.AtLeast, CollectionTarget),
                [.. visible.Select(p => new PropertyFigure(p.Id, p.Name, Rate(Of(money, p.Id).Received, Of(money, p.Id).Due)))]),
            Money("amount_due", "本期应收", "Amount due in the period", visible, money, moneyBefore, m => m.Due),
            Money("amount_received", "本期实收", "Money received in the period", visible, money, moneyBefore, m => m.Cash),
            Arrears("arrears_total", "欠费合计", "Arrears", visible, owed, owedBefore, f => f.Total),
            Arrears("arrears_0_30", "欠费 · 逾期0–30天", "Arrears · 0–30 days past due", visible, owed, owedBefore, f => f.Days0To30),
            Arrears("arrears_31_90", "欠费 · 逾期31–90天", "Arrears · 31–90 days past due", visible, owed, owedBefore, f => f.Days31To90),
            Arrears("arrears_91_180", "欠费 · 逾期91–180天", "Arrears · 91–180 days past due", visible, owed, owedBefore, f => f.Days91To180),
            Arrears("arrears_over_180", "欠费 · 逾期180天以上", "Arrears · over 180 days past due", visible, owed, owedBefore, f => f.Over180Days),
            new(
                "budget_use", "预算使用率（全年，已承诺÷预算）", "Budget use (year, committed ÷ budget)",
                BudgetDetails.RateOfUse(budgetUse.Sum(b => b.Committed), budgetUse.Sum(b => b.Budget)),
                BudgetDetails.RateOfUse(budgetUseBefore.Sum(b => b.Committed), budgetUseBefore.Sum(b => b.Budget)), "%", null, []),
        };
        foreach (var department in budgetUse.Select(b => b.Department).Union(budgetUseBefore.Select(b => b.Department)).Order(StringComparer.Ordinal))
        {
            var (zh, en) = DepartmentName(department);
            var atEnd = budgetUse.SingleOrDefault(b => b.Department == department);
            var before = budgetUseBefore.SingleOrDefault(b => b.Department == department);
            indicators.Add(new ReportIndicator(
                $"budget_use.{department}", $"预算使用率 · {zh}", $"Budget use · {en}",
                atEnd is null ? null : BudgetDetails.RateOfUse(atEnd.Committed, atEnd.Budget),
                before is null ? null : BudgetDetails.RateOfUse(before.Committed, before.Budget), "%", null, []));
        }

        indicators.Add(new ReportIndicator("fund_requests_waiting", "待审批资金申请", "Fund requests waiting", requests.Waiting, requestsBefore.Waiting, "笔", null, []));
        indicators.Add(new ReportIndicator("fund_requests_decided", "已审批资金申请", "Fund requests decided", requests.Decided, requestsBefore.Decided, "笔", null, []));
        indicators.Add(new ReportIndicator(
            "fund_requests_approved_amount", "批准资金", "Funds approved", requests.ApprovedAmount, requestsBefore.ApprovedAmount, "元", null, []));

        return new DepartmentReport(
            FinanceModule.Id,
            "财务",
            "Finance",
            period,
            now,
            indicators,
            Highlights(indicators, requests, budgetUse),
            await OpenProblemsAsync(current, owed, budgetUse, cancellationToken));
    }

    private Window WindowOf(DateTimeOffset from, DateTimeOffset to, DateTimeOffset now)
    {
        var zone = tenant.TimeZone;
        var end = to < now ? to : now;
        var toDay = CompanyCalendar.DateOf(to, zone);
        var lastDay = CompanyCalendar.DateOf(end, zone);
        // A period that ends at midnight ends with the day before.
        if (end == to)
        {
            lastDay = toDay.AddDays(-1);
        }

        return new Window(from.ToUniversalTime(), end.ToUniversalTime(), CompanyCalendar.DateOf(from, zone), toDay, lastDay);
    }

    // Due and received on the bills that fell due in the window, and money paid in it, per property: the days the
    // stored figures cover from them, the rest live (indexes on due date and payment time).
    private async Task<List<PropertyMoney>> MoneyAsync(Window window, DateOnly? covered, CancellationToken cancellationToken)
    {
        var zone = tenant.TimeZone;
        var dueLiveFrom = covered is { } coveredDue && coveredDue.AddDays(1) > window.FromDay ? coveredDue.AddDays(1) : window.FromDay;
        var due = dueLiveFrom > window.FromDay
            ? await stored.DueAsync(window.FromDay, Min(dueLiveFrom, window.ToDay), cancellationToken)
            : [];
        if (dueLiveFrom < window.ToDay)
        {
            Add(due, await db.Bills.AsNoTracking()
                .Where(b => b.DueOn >= dueLiveFrom && b.DueOn < window.ToDay)
                .GroupBy(b => b.PropertyId)
                .Select(g => new { PropertyId = g.Key, Amount = g.Sum(b => b.AmountDue) })
                .ToDictionaryAsync(g => g.PropertyId, g => g.Amount, cancellationToken));
        }

        // Paid by the window's end: the whole days before it that the figures cover, then live.
        var paidThrough = covered is { } coveredPaid ? Min(coveredPaid, CompanyCalendar.DateOf(window.End, zone).AddDays(-1)) : (DateOnly?)null;
        var received = paidThrough is { } through
            ? await stored.CollectedAsync(window.FromDay, window.ToDay, through, cancellationToken)
            : [];
        if (paidThrough is { } paidBefore)
        {
            // Payments made since, by the payments' time index (allocations carry their payment's time).
            var paidLiveFrom = CompanyCalendar.StartOf(paidBefore.AddDays(1), zone);
            if (paidLiveFrom < window.End)
            {
                Add(received, await (
                        from p in db.Payments
                        join a in db.PaymentAllocations on p.Id equals a.PaymentId
                        join b in db.Bills on a.BillId equals b.Id
                        where p.PaidAt >= paidLiveFrom && p.PaidAt < window.End && b.DueOn >= window.FromDay && b.DueOn < window.ToDay
                        group a by b.PropertyId into g
                        select new { PropertyId = g.Key, Amount = g.Sum(a => a.Amount) })
                    .ToDictionaryAsync(g => g.PropertyId, g => g.Amount, cancellationToken));
            }
        }
        else
        {
            received = await (
                    from a in db.PaymentAllocations
                    join b in db.Bills on a.BillId equals b.Id
                    where b.DueOn >= window.FromDay && b.DueOn < window.ToDay && a.PaidAt < window.End
                    group a by b.PropertyId into g
                    select new { PropertyId = g.Key, Amount = g.Sum(a => a.Amount) })
                .ToDictionaryAsync(g => g.PropertyId, g => g.Amount, cancellationToken);
        }

        var cashDays = FigureDays.Of(new ReportPeriod(window.From, window.End), covered, zone);
        var cash = cashDays is { From: { } cashFrom, To: { } cashTo } ? await stored.CashAsync(cashFrom, cashTo, cancellationToken) : [];
        foreach (var live in cashDays.Live)
        {
            var (from, to) = (live.From.ToUniversalTime(), live.To.ToUniversalTime());
            Add(cash, await db.Payments.AsNoTracking()
                .Where(p => p.PaidAt >= from && p.PaidAt < to)
                .GroupBy(p => p.PropertyId)
                .Select(g => new { PropertyId = g.Key, Amount = g.Sum(p => p.Amount) })
                .ToDictionaryAsync(g => g.PropertyId, g => g.Amount, cancellationToken));
        }

        return
        [
            .. due.Keys.Union(received.Keys).Union(cash.Keys)
                .Select(id => new PropertyMoney(id, due.GetValueOrDefault(id), received.GetValueOrDefault(id), cash.GetValueOrDefault(id))),
        ];
    }

    // A covered day from the stored figures; today from the building figures kept current; a day in between (before
    // the hourly refresh has covered it) from the bills.
    private async Task<List<ArrearsFigures>> ArrearsAsync(DateOnly day, DateOnly? covered, CancellationToken cancellationToken)
    {
        if (day <= covered)
        {
            return await stored.ArrearsAsync(day, cancellationToken);
        }

        return CompanyCalendar.StartOf(day.AddDays(1), tenant.TimeZone) >= clock.GetUtcNow()
            ? await stored.CurrentArrearsAsync(day, cancellationToken)
            : await arrears.ByBuildingAsync(day, null, null, cancellationToken);
    }

    private static void Add(Dictionary<Guid, decimal> sums, Dictionary<Guid, decimal> more)
    {
        foreach (var (id, amount) in more)
        {
            sums[id] = sums.GetValueOrDefault(id) + amount;
        }
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private async Task<FundRequestCounts> FundRequestsAsync(Window window, CancellationToken cancellationToken)
    {
        var waiting = await db.FundRequests.AsNoTracking()
            .CountAsync(f => f.RequestedAt < window.End && (f.DecidedAt == null || f.DecidedAt >= window.End), cancellationToken);
        var decided = await db.FundRequests.AsNoTracking()
            .Where(f => f.DecidedAt >= window.From && f.DecidedAt < window.End)
            .GroupBy(f => f.Status)
            .Select(g => new { Status = g.Key, Count = g.Count(), Amount = g.Sum(f => f.ApprovedAmount ?? 0) })
            .ToListAsync(cancellationToken);
        int Count(FundRequestStatus status) => decided.Where(d => d.Status == status).Sum(d => d.Count);
        return new FundRequestCounts(
            waiting, decided.Sum(d => d.Count), Count(FundRequestStatus.Approved), Count(FundRequestStatus.PartlyApproved), Count(FundRequestStatus.Rejected),
            decided.Sum(d => d.Amount));
    }

    private static List<string> Highlights(List<ReportIndicator> indicators, FundRequestCounts requests, List<BudgetFigures> budgetUse)
    {
        string Figure(string code) => Format(indicators.Single(i => i.Code == code).Value);
        string Previous(string code) => Format(indicators.Single(i => i.Code == code).PreviousValue);
        var highlights = new List<string>
        {
            $"本期到期应收 {Figure("amount_due")} 元，收缴率 {Figure("collection_rate")}%（上期 {Previous("collection_rate")}%，目标 ≥{Format(CollectionTarget)}%）；本期实收 {Figure("amount_received")} 元。",
            $"期末欠费 {Figure("arrears_total")} 元（上期末 {Previous("arrears_total")} 元），其中逾期0–30天 {Figure("arrears_0_30")} 元、31–90天 {Figure("arrears_31_90")} 元、"
            + $"91–180天 {Figure("arrears_91_180")} 元、180天以上 {Figure("arrears_over_180")} 元。",
            $"资金申请：本期审批 {requests.Decided} 笔（批准 {requests.Approved}、部分批准 {requests.PartlyApproved}、驳回 {requests.Rejected}），批准资金 {Format(requests.ApprovedAmount)} 元；"
            + $"待审批 {requests.Waiting} 笔。",
        };
        if (budgetUse.Count > 0)
        {
            highlights.Add($"全年预算 {Format(budgetUse.Sum(b => b.Budget))} 元，已承诺 {Format(budgetUse.Sum(b => b.Committed))} 元，已支出 {Format(budgetUse.Sum(b => b.Spent))} 元。");
        }

        return highlights;
    }

    private async Task<List<OpenProblem>> OpenProblemsAsync(Window window, List<ArrearsFigures> owed, List<BudgetFigures> budgetUse, CancellationToken cancellationToken)
    {
        var zone = tenant.TimeZone;
        var waiting = await db.FundRequests.AsNoTracking()
            .Where(f => f.Status == FundRequestStatus.Pending)
            .OrderBy(f => f.RequestedAt)
            .Take(MaxProblems)
            .Select(f => new { f.Id, f.Department, f.Purpose, f.RequestedAmount, f.RequestedAt })
            .ToListAsync(cancellationToken);
        var problems = new List<OpenProblem>();
        problems.AddRange(waiting.Select(f => new OpenProblem(
            $"资金申请待审批：{DepartmentName(f.Department).Zh}「{Cut(f.Purpose)}」",
            $"申请金额 {Format(f.RequestedAmount)} 元；提交于 {CompanyCalendar.DateOf(f.RequestedAt, zone):yyyy-MM-dd}，已等待 {(window.LastDay.DayNumber - CompanyCalendar.DateOf(f.RequestedAt, zone).DayNumber)} 天",
            "finance.fund-request",
            f.Id)));
        var longOverdue = owed.Where(f => f.Over180Days > 0).ToList();
        if (longOverdue.Count > 0)
        {
            // Units still owing on a bill due before the cut-off: their oldest open bill is older.
            var units = await oldestOpen.CountAsync(window.LastDay.AddDays(-ArrearsLedger.ThirdBucketDays), null, cancellationToken);
            problems.Add(new OpenProblem(
                $"长期欠费：{units} 户逾期超过180天，合计 {Format(longOverdue.Sum(f => f.Over180Days))} 元",
                "建议客服协助上门催缴，必要时发律师函", null, null));
        }

        problems.AddRange(budgetUse.Where(b => b.Committed > b.Budget).Select(b => new OpenProblem(
            $"{DepartmentName(b.Department).Zh} {b.Year} 年预算已超支",
            $"预算 {Format(b.Budget)} 元，已承诺 {Format(b.Committed)} 元，超出 {Format(b.Committed - b.Budget)} 元",
            null,
            null)));
        return problems;
    }

    private (string Zh, string En) DepartmentName(string department) =>
        modules.Modules.FirstOrDefault(m => m.Manifest.Id == department)?.Manifest is { } manifest ? (manifest.NameZh, manifest.NameEn) : (department, department);

    private static ReportIndicator Money(
        string code, string zh, string en, IReadOnlyList<PropertySummary> visible, List<PropertyMoney> current, List<PropertyMoney> before, Func<PropertyMoney, decimal> amount) =>
        new(code, zh, en, current.Sum(amount), before.Sum(amount), "元", null, [.. visible.Select(p => new PropertyFigure(p.Id, p.Name, amount(Of(current, p.Id))))]);

    private static ReportIndicator Arrears(
        string code, string zh, string en, IReadOnlyList<PropertySummary> visible, List<ArrearsFigures> current, List<ArrearsFigures> before, Func<ArrearsFigures, decimal> amount) =>
        new(code, zh, en, current.Sum(amount), before.Sum(amount), "元", null,
            [.. visible.Select(p => new PropertyFigure(p.Id, p.Name, current.Where(f => f.PropertyId == p.Id).Sum(amount)))]);

    private static PropertyMoney Of(List<PropertyMoney> money, Guid propertyId) =>
        money.SingleOrDefault(m => m.PropertyId == propertyId) ?? new PropertyMoney(propertyId, 0, 0, 0);

    private static decimal? Rate(decimal received, decimal due) => due == 0 ? null : Math.Round(received * 100m / due, 1, MidpointRounding.AwayFromZero);

    private static string Cut(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static string Format(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "—";
}
