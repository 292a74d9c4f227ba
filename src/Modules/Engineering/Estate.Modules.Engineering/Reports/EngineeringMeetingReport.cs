using System.Globalization;
using Estate.Modules.Engineering.Contracts;
using Estate.Modules.Engineering.Data;
using Estate.Modules.Engineering.Domain;
using Estate.SharedKernel.Reports;
using Estate.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Engineering.Reports;

/// <summary>
/// Engineering's report to the work meeting for [From, To), each figure with the previous period of equal
/// length: work orders opened / completed / on time, overdue, reopened, response and resolution hours, owner
/// ratings, a breakdown by category and by property, aging equipment, projects under way and maintenance
/// spending; current delays with their reasons are its open problems. Response and resolution hours are of
/// repairs: planned maintenance is opened days ahead of its due date by design and would only blur them.
/// </summary>
internal sealed class EngineeringMeetingReport(
    EngineeringDbContext db, StoredWorkOrderFigures stored, IPropertyDirectory properties, ITenantContext tenant, TimeProvider clock)
    : IDepartmentReportSource
{
    public const decimal OnTimeTarget = 90m;
    public const decimal RatingTarget = 4.5m;
    public const int AgingWindowMonths = 6;
    private const int MaxProblemsPerKind = 20;

    private static readonly Dictionary<WorkOrderCategory, (string Zh, string En)> CategoryNames = new()
    {
        [WorkOrderCategory.Elevator] = ("电梯", "Elevator"),
        [WorkOrderCategory.Plumbing] = ("给排水", "Plumbing"),
        [WorkOrderCategory.Electrical] = ("电气", "Electrical"),
        [WorkOrderCategory.Lighting] = ("照明", "Lighting"),
        [WorkOrderCategory.FireSafety] = ("消防", "Fire safety"),
        [WorkOrderCategory.AccessControl] = ("门禁", "Access control"),
        [WorkOrderCategory.Civil] = ("土建", "Civil works"),
        [WorkOrderCategory.Hvac] = ("暖通空调", "HVAC"),
        [WorkOrderCategory.Other] = ("其他", "Other"),
    };

    public string ModuleId => EngineeringModule.Department;

    public async Task<DepartmentReport> BuildAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var now = clock.GetUtcNow();
        var previous = new ReportPeriod(period.From - (period.To - period.From), period.From);
        var visible = await properties.ListAsync(cancellationToken);
        var covered = await stored.CoveredThroughAsync(cancellationToken);
        var current = await WorkOrderFiguresAsync(period, covered, now, cancellationToken);
        var before = await WorkOrderFiguresAsync(previous, covered, now, cancellationToken);
        var assets = await AssetFiguresAsync(period, previous, now, cancellationToken);

        var indicators = new List<ReportIndicator>
        {
            Indicator("work_orders_opened", "新开工单", "Work orders opened", "单", null, visible, current, before, g => g.Opened),
            Indicator("work_orders_completed", "完成工单", "Work orders completed", "单", null, visible, current, before, g => g.Completed),
            Rate("completed_on_time_rate", "按时完成率", "Completed on time", "%", new IndicatorTarget(TargetComparison.AtLeast, OnTimeTarget), 1, visible, current, before,
                g => g.CompletedOnTime * 100m, g => g.Completed),
            Indicator("work_orders_overdue", "超时未完成工单", "Work orders overdue", "单", null, visible, current, before, g => g.OverdueAtEnd),
            Indicator("work_orders_reopened", "返修（重开）工单", "Work orders reopened", "单", null, visible, current, before, g => g.Reopened),
            Rate("average_response_hours", "平均响应时长（开单→派工）", "Average response (opened → assigned)", "小时", null, 1, visible, current, before,
                g => (decimal)g.ResponseHours, g => g.Responded),
            Rate("average_resolution_hours", "平均处理时长（开单→完成）", "Average resolution (opened → done)", "小时", null, 1, visible, current, before,
                g => (decimal)g.ResolutionHours, g => g.Resolved),
            Rate("owner_rating", "业主回访评分", "Owner rating on follow-up", "分", new IndicatorTarget(TargetComparison.AtLeast, RatingTarget), 2, visible, current, before,
                g => g.RatingSum, g => g.Rated),
            AssetIndicator("aging_equipment", "老化设备（超期或6个月内到期）", "Aging equipment (past or within 6 months of service life)", "台", visible, assets,
                a => a.AgingNow, a => a.AgingBefore),
            AssetIndicator("projects_under_way", "在建项目", "Projects under way", "个", visible, assets, a => a.UnderWayNow, a => a.UnderWayBefore),
            AssetIndicator("maintenance_cost", "维保费用", "Maintenance spending", "元", visible, assets, a => a.CostNow, a => a.CostBefore),
        };
        foreach (var category in Enum.GetValues<WorkOrderCategory>())
        {
            if (current.Any(g => g.Category == category && g.Opened > 0) || before.Any(g => g.Category == category && g.Opened > 0))
            {
                var (zh, en) = CategoryNames[category];
                indicators.Add(Indicator(
                    $"work_orders_opened.{JsonName(category)}", $"新开工单 · {zh}", $"Work orders opened · {en}", "单", null, visible,
                    [.. current.Where(g => g.Category == category)], [.. before.Where(g => g.Category == category)], g => g.Opened));
            }
        }

        return new DepartmentReport(
            EngineeringModule.Department,
            "工程维修",
            "Engineering",
            period,
            now,
            indicators,
            await HighlightsAsync(period, indicators, cancellationToken),
            await OpenProblemsAsync(cancellationToken));
    }

    private sealed record WorkOrderGroup(
        Guid PropertyId,
        WorkOrderCategory Category,
        int Opened,
        int Completed,
        int CompletedOnTime,
        int Reopened,
        int Responded,
        double ResponseHours,
        int Resolved,
        double ResolutionHours,
        int OverdueAtEnd,
        int Rated,
        int RatingSum);

    private sealed record AssetGroup(Guid PropertyId, decimal AgingNow, decimal AgingBefore, decimal UnderWayNow, decimal UnderWayBefore, decimal CostNow, decimal CostBefore);

    // The whole days the refresher covers come from the stored daily figures; the rest of the period (days since,
    // or a partial first or last day) from two grouped statements: what happened in it (each arm bounded on both
    // sides, so PostgreSQL ORs the indexes of the five timestamps), and what was open and past its deadline at its end.
    private async Task<List<WorkOrderGroup>> WorkOrderFiguresAsync(ReportPeriod period, DateOnly? covered, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var days = FigureDays.Of(period, covered, tenant.TimeZone);
        var parts = new List<WorkOrderGroup>();
        if (days is { From: { } fromDay, To: { } toDay })
        {
            parts.AddRange((await stored.SumAsync(fromDay, toDay, null, cancellationToken)).Select(f => new WorkOrderGroup(
                f.PropertyId, f.Category, f.Opened, f.Completed, f.CompletedOnTime, f.Reopened, f.Responded, f.ResponseHours, f.Resolved,
                f.ResolutionHours, 0, f.Rated, f.RatingSum)));
        }

        foreach (var live in days.Live)
        {
            parts.AddRange(await ActivityAsync(live, cancellationToken));
        }

        var to = period.To.ToUniversalTime();
        var end = to < now ? to : now;
        var overdue = FigureDays.EndOfDayAt(end, now, covered, tenant.TimeZone) is { } lastDay
            ? await stored.OverdueAtEndAsync(lastDay, cancellationToken)
            : await OverdueAtAsync(end, cancellationToken);
        parts.AddRange(overdue.Select(late => new WorkOrderGroup(late.PropertyId, late.Category, 0, 0, 0, 0, 0, 0, 0, 0, late.Count, 0, 0)));

        return
        [
            .. parts.GroupBy(g => (g.PropertyId, g.Category)).Select(g => new WorkOrderGroup(
                g.Key.PropertyId,
                g.Key.Category,
                g.Sum(p => p.Opened),
                g.Sum(p => p.Completed),
                g.Sum(p => p.CompletedOnTime),
                g.Sum(p => p.Reopened),
                g.Sum(p => p.Responded),
                g.Sum(p => p.ResponseHours),
                g.Sum(p => p.Resolved),
                g.Sum(p => p.ResolutionHours),
                g.Sum(p => p.OverdueAtEnd),
                g.Sum(p => p.Rated),
                g.Sum(p => p.RatingSum))),
        ];
    }

    private Task<List<WorkOrderGroup>> ActivityAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        var (from, to) = (period.From.ToUniversalTime(), period.To.ToUniversalTime());
        return db.WorkOrders.AsNoTracking()
            .Where(w => w.CreatedAt < to
                        && ((w.CreatedAt >= from && w.CreatedAt < to) || (w.CompletedAt >= from && w.CompletedAt < to)
                            || (w.RespondedAt >= from && w.RespondedAt < to) || (w.LastReopenedAt >= from && w.LastReopenedAt < to)
                            || (w.RatedAt >= from && w.RatedAt < to)))
            .GroupBy(w => new { w.PropertyId, w.Category })
            .Select(g => new WorkOrderGroup(
                g.Key.PropertyId,
                g.Key.Category,
                g.Count(w => w.CreatedAt >= from),
                g.Count(w => w.CompletedAt >= from && w.CompletedAt < to),
                g.Count(w => w.CompletedAt >= from && w.CompletedAt < to && w.CompletedAt <= w.Deadline),
                g.Count(w => w.LastReopenedAt >= from && w.LastReopenedAt < to),
                g.Count(w => w.MaintenancePlanId == null && w.RespondedAt >= from && w.RespondedAt < to),
                g.Where(w => w.MaintenancePlanId == null && w.RespondedAt >= from && w.RespondedAt < to).Sum(w => (w.RespondedAt!.Value - w.CreatedAt).TotalHours),
                g.Count(w => w.MaintenancePlanId == null && w.CompletedAt >= from && w.CompletedAt < to),
                g.Where(w => w.MaintenancePlanId == null && w.CompletedAt >= from && w.CompletedAt < to).Sum(w => (w.CompletedAt!.Value - w.CreatedAt).TotalHours),
                0,
                g.Count(w => w.RatedAt >= from && w.RatedAt < to),
                g.Where(w => w.RatedAt >= from && w.RatedAt < to).Sum(w => w.OwnerRating ?? 0)))
            .ToListAsync(cancellationToken);
    }

    // Open at the instant (a period's end, or now for a period not over yet) and past the deadline by then.
    private async Task<List<(Guid PropertyId, WorkOrderCategory Category, int Count)>> OverdueAtAsync(DateTimeOffset end, CancellationToken cancellationToken) =>
        [
            .. (await db.WorkOrders.AsNoTracking()
                .Where(w => w.CreatedAt < end && w.Deadline < end && (w.CompletedAt == null || w.CompletedAt >= end))
                .GroupBy(w => new { w.PropertyId, w.Category })
                .Select(g => new { g.Key.PropertyId, g.Key.Category, Count = g.Count() })
                .ToListAsync(cancellationToken))
            .Select(g => (g.PropertyId, g.Category, g.Count)),
        ];

    private async Task<List<AssetGroup>> AssetFiguresAsync(ReportPeriod period, ReportPeriod previous, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var zone = tenant.TimeZone;
        var (endNow, endBefore) = (Min(period.To.ToUniversalTime(), now), Min(previous.To.ToUniversalTime(), now));
        var (agingHorizonNow, agingHorizonBefore) = (
            CompanyCalendar.DateOf(endNow, zone).AddMonths(AgingWindowMonths), CompanyCalendar.DateOf(endBefore, zone).AddMonths(AgingWindowMonths));
        var aging = await db.Facilities.AsNoTracking()
            .Where(f => f.ServiceLifeEndsOn <= agingHorizonNow && f.CreatedAt < endNow)
            .GroupBy(f => f.PropertyId)
            .Select(g => new
            {
                PropertyId = g.Key,
                Now = g.Count(),
                Before = g.Count(f => f.ServiceLifeEndsOn <= agingHorizonBefore && f.CreatedAt < endBefore),
            })
            .ToListAsync(cancellationToken);
        var underWay = await db.Projects.AsNoTracking()
            .Where(p => p.StartedAt < endNow && (p.FinishedAt == null || p.FinishedAt >= endBefore))
            .GroupBy(p => p.PropertyId)
            .Select(g => new
            {
                PropertyId = g.Key,
                Now = g.Count(p => p.FinishedAt == null || p.FinishedAt >= endNow),
                Before = g.Count(p => p.StartedAt < endBefore && (p.FinishedAt == null || p.FinishedAt >= endBefore)),
            })
            .ToListAsync(cancellationToken);
        var (fromDate, toDate) = (CompanyCalendar.DateOf(period.From, zone), CompanyCalendar.DateOf(period.To, zone));
        var previousFromDate = CompanyCalendar.DateOf(previous.From, zone);
        var cost = await db.MaintenanceRecords.AsNoTracking()
            .Where(r => r.PerformedOn >= previousFromDate && r.PerformedOn < toDate)
            .GroupBy(r => r.PropertyId)
            .Select(g => new
            {
                PropertyId = g.Key,
                Now = g.Where(r => r.PerformedOn >= fromDate).Sum(r => r.Cost),
                Before = g.Where(r => r.PerformedOn < fromDate).Sum(r => r.Cost),
            })
            .ToListAsync(cancellationToken);

        return
        [
            .. aging.Select(a => a.PropertyId).Union(underWay.Select(u => u.PropertyId)).Union(cost.Select(c => c.PropertyId))
                .Select(id => new AssetGroup(
                    id,
                    aging.SingleOrDefault(a => a.PropertyId == id)?.Now ?? 0,
                    aging.SingleOrDefault(a => a.PropertyId == id)?.Before ?? 0,
                    underWay.SingleOrDefault(u => u.PropertyId == id)?.Now ?? 0,
                    underWay.SingleOrDefault(u => u.PropertyId == id)?.Before ?? 0,
                    cost.SingleOrDefault(c => c.PropertyId == id)?.Now ?? 0,
                    cost.SingleOrDefault(c => c.PropertyId == id)?.Before ?? 0)),
        ];
    }

    private async Task<List<string>> HighlightsAsync(ReportPeriod period, List<ReportIndicator> indicators, CancellationToken cancellationToken)
    {
        string Figure(string code) => Format(indicators.Single(i => i.Code == code).Value);
        string Previous(string code) => Format(indicators.Single(i => i.Code == code).PreviousValue);
        var highlights = new List<string>
        {
            $"本期新开工单 {Figure("work_orders_opened")} 单（上期 {Previous("work_orders_opened")}），完成 {Figure("work_orders_completed")} 单，"
            + $"按时完成率 {Figure("completed_on_time_rate")}%（上期 {Previous("completed_on_time_rate")}%）。",
            $"平均响应 {Figure("average_response_hours")} 小时，平均处理 {Figure("average_resolution_hours")} 小时；"
            + $"返修 {Figure("work_orders_reopened")} 单；业主回访评分 {Figure("owner_rating")}。",
        };
        var (from, to) = (period.From.ToUniversalTime(), period.To.ToUniversalTime());
        var finished = await db.Projects.AsNoTracking()
            .Where(p => p.Status == ProjectStatus.Done && p.FinishedAt >= from && p.FinishedAt < to)
            .OrderBy(p => p.FinishedAt)
            .Select(p => p.Title)
            .ToListAsync(cancellationToken);
        if (finished.Count > 0)
        {
            highlights.Add($"完成项目：{string.Join("、", finished)}。");
        }

        return highlights;
    }

    // Current delays with their reasons, orders past their deadline, and projects left without money.
    private async Task<List<OpenProblem>> OpenProblemsAsync(CancellationToken cancellationToken)
    {
        var zone = tenant.TimeZone;
        var waiting = await db.WorkOrders.AsNoTracking()
            .Where(w => w.Status == WorkOrderStatus.Waiting)
            .OrderBy(w => w.DelayedAt)
            .Take(MaxProblemsPerKind)
            .Select(w => new { w.Id, w.Number, w.Title, w.DelayReason, w.DelayedAt, w.Deadline, w.AssigneeName, w.IsOverdue })
            .ToListAsync(cancellationToken);
        var overdue = await db.WorkOrders.AsNoTracking()
            .Where(w => w.IsOverdue && w.Status != WorkOrderStatus.Waiting)
            .OrderBy(w => w.Deadline)
            .Take(MaxProblemsPerKind)
            .Select(w => new { w.Id, w.Number, w.Title, w.Status, w.Deadline, w.AssigneeName })
            .ToListAsync(cancellationToken);
        var unfunded = await db.Projects.AsNoTracking()
            .Where(p => p.Status == ProjectStatus.Planned
                        && (p.FundingStatus == ProjectFundingStatus.Unfunded || p.FundingStatus == ProjectFundingStatus.Rejected))
            .OrderBy(p => p.PlannedStartOn)
            .Take(MaxProblemsPerKind)
            .Select(p => new { p.Id, p.Title, p.FundingStatus, p.RequestedAmount, p.PlannedStartOn })
            .ToListAsync(cancellationToken);

        string Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        return
        [
            .. waiting.Select(w => new OpenProblem(
                $"{w.Number} {w.Title}：延期",
                $"延期原因：{w.DelayReason}；负责人 {w.AssigneeName ?? "未派工"}；截止 {Local(w.Deadline)}{(w.IsOverdue ? "（已超时）" : "")}",
                "engineering.work-order",
                w.Id)),
            .. overdue.Select(w => new OpenProblem(
                $"{w.Number} {w.Title}：已超时",
                $"截止 {Local(w.Deadline)}；状态 {w.Status}；负责人 {w.AssigneeName ?? "未派工"}",
                "engineering.work-order",
                w.Id)),
            .. unfunded.Select(p => new OpenProblem(
                $"项目「{p.Title}」{(p.FundingStatus == ProjectFundingStatus.Rejected ? "资金申请被驳回" : "无资金来源（未启用财务模块）")}",
                $"申请金额 {Format(p.RequestedAmount)} 元；计划开工 {p.PlannedStartOn:yyyy-MM-dd}",
                "engineering.project",
                p.Id)),
        ];
    }

    private static ReportIndicator Indicator(
        string code, string zh, string en, string unit, IndicatorTarget? target, IReadOnlyList<PropertySummary> visible,
        List<WorkOrderGroup> current, List<WorkOrderGroup> before, Func<WorkOrderGroup, int> count) =>
        new(
            code, zh, en, current.Sum(count), before.Sum(count), unit, target,
            [.. visible.Select(p => new PropertyFigure(p.Id, p.Name, current.Where(g => g.PropertyId == p.Id).Sum(count)))]);

    // A ratio of sums (never an average of averages); no value where nothing was counted.
    private static ReportIndicator Rate(
        string code, string zh, string en, string unit, IndicatorTarget? target, int decimals, IReadOnlyList<PropertySummary> visible,
        List<WorkOrderGroup> current, List<WorkOrderGroup> before, Func<WorkOrderGroup, decimal> numerator, Func<WorkOrderGroup, int> denominator)
    {
        decimal? Of(IEnumerable<WorkOrderGroup> groups)
        {
            var list = groups.ToList();
            var count = list.Sum(denominator);
            return count == 0 ? null : Math.Round(list.Sum(numerator) / count, decimals, MidpointRounding.AwayFromZero);
        }

        return new ReportIndicator(
            code, zh, en, Of(current), Of(before), unit, target,
            [.. visible.Select(p => new PropertyFigure(p.Id, p.Name, Of(current.Where(g => g.PropertyId == p.Id))))]);
    }

    private static ReportIndicator AssetIndicator(
        string code, string zh, string en, string unit, IReadOnlyList<PropertySummary> visible, List<AssetGroup> assets,
        Func<AssetGroup, decimal> now, Func<AssetGroup, decimal> before) =>
        new(
            code, zh, en, assets.Sum(now), assets.Sum(before), unit, null,
            [.. visible.Select(p => new PropertyFigure(p.Id, p.Name, assets.Where(a => a.PropertyId == p.Id).Sum(now)))]);

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static string Format(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "—";

    private static string JsonName(WorkOrderCategory category) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(category.ToString());
}
