using Estate.Modules.Cleaning.Contracts;
using Estate.Modules.Cleaning.Data;
using Estate.Modules.Cleaning.Domain;
using Estate.Modules.Cleaning.Features.Supplies;
using Estate.Modules.CustomerService.Contracts;
using Estate.SharedKernel.Modules;
using Estate.SharedKernel.Reports;
using Estate.SharedKernel.Tenancy;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Cleaning.Reports;

/// <summary>
/// Cleaning's report to the work meeting: task completion, failed inspections, late and missed garbage
/// collections, open dead corners, the eco-friendly share of supply spending and, when customer service is
/// available to the company, the cleaning complaints it registered. Without customer service that indicator is
/// left out of the report (not shown empty). Every query reads one company's rows through indexes that lead
/// with organization_id.
/// </summary>
internal sealed class CleaningMeetingReport(
    CleaningDbContext db,
    IPropertyDirectory properties,
    IModuleAvailability modules,
    IMediator mediator,
    ITenantContext tenant,
    TimeProvider clock) : IDepartmentReportSource
{
    public const string CustomerServiceModuleId = "customer-service";
    private const int MaxOpenProblems = 10;


    public string ModuleId => "cleaning";

    public async Task<DepartmentReport> BuildAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var asked = period;

        // Callers may give local offsets; PostgreSQL parameters take UTC instants.
        period = new ReportPeriod(period.From.ToUniversalTime(), period.To.ToUniversalTime());
        var zone = tenant.TimeZone;
        var previous = ReportDates.Previous(period);
        var days = ReportDates.DaysOf(period, zone);
        var previousDays = ReportDates.DaysOf(previous, zone);
        var propertyList = await properties.ListAsync(cancellationToken);

        var covered = await CleaningTaskFigures.CoveredThroughAsync(db, tenant.OrganizationId, cancellationToken);
        var tasks = await TaskFiguresAsync(days, covered, cancellationToken);
        var previousTasks = await TaskFiguresAsync(previousDays, covered, cancellationToken);
        var failed = await FailedInspectionsAsync(period, cancellationToken);
        var previousFailed = await FailedInspectionsAsync(previous, cancellationToken);
        var collections = await CollectionFiguresAsync(days, cancellationToken);
        var previousCollections = await CollectionFiguresAsync(previousDays, cancellationToken);
        var openCorners = await OpenDeadCornersAtAsync(period.To, cancellationToken);
        var previousOpenCorners = await OpenDeadCornersAtAsync(previous.To, cancellationToken);
        var eco = await EcoShare.ByPropertyAsync(db.SupplyPurchases, days.From, days.To, cancellationToken);
        var previousEco = await EcoShare.ByPropertyAsync(db.SupplyPurchases, previousDays.From, previousDays.To, cancellationToken);

        var completion = Rate(tasks.Values);
        var ecoShare = EcoShare.Percent(eco.Sum(e => e.EcoSpending), eco.Sum(e => e.TotalSpending));
        var indicators = new List<ReportIndicator>
        {
            new("task_completion_rate", "保洁任务完成率", "Cleaning task completion", completion, Rate(previousTasks.Values), "%",
                new IndicatorTarget(TargetComparison.AtLeast, 95m),
                ByProperty(propertyList, id => tasks.TryGetValue(id, out var t) ? Rate([t]) : null)),
            new("failed_inspections", "检查不合格次数", "Failed inspections", failed.Values.Sum(), previousFailed.Values.Sum(), "count", null,
                ByProperty(propertyList, id => failed.GetValueOrDefault(id))),
            new("late_collections", "垃圾清运延迟次数", "Late garbage collections", collections.Values.Sum(c => c.Late), previousCollections.Values.Sum(c => c.Late), "count",
                null, ByProperty(propertyList, id => collections.TryGetValue(id, out var c) ? c.Late : 0)),
            new("missed_collections", "垃圾清运漏收次数", "Missed garbage collections", collections.Values.Sum(c => c.Missed), previousCollections.Values.Sum(c => c.Missed),
                "count", new IndicatorTarget(TargetComparison.AtMost, 0m), ByProperty(propertyList, id => collections.TryGetValue(id, out var c) ? c.Missed : 0)),
            new("open_dead_corners", "未解决卫生死角", "Open hygiene dead corners", openCorners.Count, previousOpenCorners.Count, "count", null,
                ByProperty(propertyList, id => openCorners.Count(c => c.PropertyId == id))),
            new("eco_friendly_share", "环保用品采购占比", "Eco-friendly share of supply spending", ecoShare,
                EcoShare.Percent(previousEco.Sum(e => e.EcoSpending), previousEco.Sum(e => e.TotalSpending)), "%",
                new IndicatorTarget(TargetComparison.AtLeast, 50m),
                ByProperty(propertyList, id => eco.FirstOrDefault(e => e.PropertyId == id)?.EcoSharePercent)),
        };

        if (await modules.IsAvailableAsync(CustomerServiceModuleId, cancellationToken))
        {
            var complaints = await CleaningComplaintsAsync(period, cancellationToken);
            var previousComplaints = await CleaningComplaintsAsync(previous, cancellationToken);
            if (complaints is not null)
            {
                indicators.Add(new("cleaning_complaints", "保洁类投诉", "Cleaning complaints", complaints.Values.Sum(), previousComplaints?.Values.Sum(), "count", null,
                    ByProperty(propertyList, id => complaints.GetValueOrDefault(id))));
            }
        }

        var done = tasks.Values.Sum(t => t.Completed);
        var highlights = new List<string>
        {
            completion is null
                ? "本期没有到期的保洁任务 (no cleaning tasks were due)"
                : $"完成保洁任务 {done} 项，完成率 {completion}% ({done} tasks done, {completion}% completion)",
        };
        if (ecoShare is not null)
        {
            highlights.Add($"环保用品采购占比 {ecoShare}% (eco-friendly share of supply spending)");
        }

        var resolved = await db.DeadCorners.AsNoTracking().CountAsync(d => d.ResolvedAt >= period.From && d.ResolvedAt < period.To, cancellationToken);
        if (resolved > 0)
        {
            highlights.Add($"解决卫生死角 {resolved} 处 ({resolved} dead corners resolved)");
        }

        return new DepartmentReport(
            ModuleId, "保洁部工作汇报", "Cleaning report", asked, clock.GetUtcNow(), indicators, highlights,
            await OpenProblemsAsync(openCorners, days, cancellationToken));
    }

    private sealed record TaskFigures(int Completed, int Missed);

    private sealed record CollectionFigures(int Late, int Missed);

    private sealed record OpenCorner(Guid Id, Guid PropertyId, string Place, string Description, string? WorkOrderNumber, bool NeedsEngineering, DateTimeOffset ReportedAt);

    private static decimal? Rate(IEnumerable<TaskFigures> figures)
    {
        var list = figures.ToList();
        var decided = list.Sum(f => f.Completed + f.Missed);
        return decided == 0 ? null : decimal.Round(list.Sum(f => f.Completed) * 100m / decided, 1, MidpointRounding.AwayFromZero);
    }

    private static List<PropertyFigure> ByProperty(IReadOnlyList<PropertySummary> properties, Func<Guid, decimal?> value) =>
        [.. properties.Select(p => new PropertyFigure(p.Id, p.Name, value(p.Id)))];

    // Tasks still pending (their window not over yet) are not counted either way.
    private async Task<Dictionary<Guid, TaskFigures>> TaskFiguresAsync((DateOnly From, DateOnly To) days, DateOnly? covered, CancellationToken cancellationToken)
    {
        var totals = await CleaningTaskFigures.ByPropertyAsync(db, tenant, days, covered, propertyId: null, cancellationToken);
        return totals.Where(t => t.Value.Completed + t.Value.Missed > 0).ToDictionary(t => t.Key, t => new TaskFigures(t.Value.Completed, t.Value.Missed));
    }

    private async Task<Dictionary<Guid, decimal>> FailedInspectionsAsync(ReportPeriod period, CancellationToken cancellationToken) =>
        await db.TaskInspections.AsNoTracking()
            .Where(i => !i.Passed && i.InspectedAt >= period.From && i.InspectedAt < period.To)
            .GroupBy(i => i.PropertyId)
            .Select(g => new { PropertyId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(r => r.PropertyId, r => (decimal)r.Count, cancellationToken);

    private async Task<Dictionary<Guid, CollectionFigures>> CollectionFiguresAsync((DateOnly From, DateOnly To) days, CancellationToken cancellationToken)
    {
        var rows = await db.GarbageCollections.AsNoTracking()
            .Where(c => c.Date >= days.From && c.Date < days.To && c.Status != CollectionStatus.OnTime)
            .GroupBy(c => new { c.PropertyId, c.Status })
            .Select(g => new { g.Key.PropertyId, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.PropertyId).ToDictionary(
            g => g.Key,
            g => new CollectionFigures(g.Where(r => r.Status == CollectionStatus.Late).Sum(r => r.Count), g.Where(r => r.Status == CollectionStatus.Missed).Sum(r => r.Count)));
    }

    // Open at a moment: reported before it and not resolved by then.
    private async Task<List<OpenCorner>> OpenDeadCornersAtAsync(DateTimeOffset at, CancellationToken cancellationToken) =>
        await db.DeadCorners.AsNoTracking()
            .Where(d => d.ReportedAt < at && (d.ResolvedAt == null || d.ResolvedAt >= at))
            .OrderBy(d => d.ReportedAt)
            .Select(d => new OpenCorner(d.Id, d.PropertyId, d.Place, d.Description, d.WorkOrderNumber, d.EngineeringNeed != null, d.ReportedAt))
            .ToListAsync(cancellationToken);

    private async Task<Dictionary<Guid, decimal>?> CleaningComplaintsAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        var counted = await mediator.Send(new CountComplaints(period.From, period.To, ComplaintCategory.Cleaning), cancellationToken);
        // Customer service counts the whole company; a user granted some properties sees theirs only, as in every other figure.
        return counted.IsSuccess
            ? counted.Value.Where(c => tenant.CanSeeProperty(c.PropertyId)).GroupBy(c => c.PropertyId).ToDictionary(g => g.Key, g => (decimal)g.Sum(c => c.Count))
            : null;
    }

    private async Task<List<OpenProblem>> OpenProblemsAsync(List<OpenCorner> openCorners, (DateOnly From, DateOnly To) days, CancellationToken cancellationToken)
    {
        var problems = openCorners.Take(MaxOpenProblems).Select(c => new OpenProblem(
                $"卫生死角：{c.Place}",
                c.NeedsEngineering
                    ? $"{c.Description}（{(c.WorkOrderNumber is null ? "待工程部接单 (waiting for engineering)" : $"工程工单 {c.WorkOrderNumber}")}）"
                    : c.Description,
                CleaningReferences.DeadCorner,
                c.Id))
            .ToList();

        var missedPoints = await db.GarbageCollections.AsNoTracking()
            .Where(c => c.Date >= days.From && c.Date < days.To && c.Status == CollectionStatus.Missed)
            .GroupBy(c => c.CollectionPointId)
            .Select(g => new { PointId = g.Key, Count = g.Count() })
            .Where(g => g.Count >= 2)
            .Join(db.CollectionPoints, g => g.PointId, p => p.Id, (g, p) => new { p.Id, p.Name, g.Count })
            .OrderByDescending(g => g.Count)
            .Take(MaxOpenProblems)
            .ToListAsync(cancellationToken);
        problems.AddRange(missedPoints.Select(p => new OpenProblem(
            $"垃圾清运多次漏收：{p.Name}", $"本期漏收 {p.Count} 次 ({p.Count} missed collections this period)", "cleaning.collection-point", p.Id)));
        return problems;
    }
}
