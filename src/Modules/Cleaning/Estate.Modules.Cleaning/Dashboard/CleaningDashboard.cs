using Estate.Modules.Cleaning.Data;
using Estate.Modules.Cleaning.Domain;
using Estate.Modules.Cleaning.Reports;
using Estate.SharedKernel.Dashboard;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Ui;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Cleaning.Dashboard;

/// <summary>
/// Cleaning on the dashboard: how many of the period's tasks were done (done, passed or failed inspection, over all
/// of them) and how the inspections in the period went.
/// </summary>
internal sealed class CleaningDashboard(CleaningDbContext db, ITenantContext tenant) : IDashboardSource
{
    private static readonly CleaningTaskStatus[] Statuses =
        [CleaningTaskStatus.Pending, CleaningTaskStatus.Done, CleaningTaskStatus.Passed, CleaningTaskStatus.Failed, CleaningTaskStatus.Missed];

    public string ModuleId => CleaningModule.Department;

    public async Task<DashboardSection> BuildAsync(DashboardQuery query, CancellationToken cancellationToken)
    {
        var fromDay = CompanyCalendar.DateOf(query.Period.From, tenant.TimeZone);
        var toDay = CompanyCalendar.DateOf(query.Period.To, tenant.TimeZone);
        var (from, to) = (query.Period.From.ToUniversalTime(), query.Period.To.ToUniversalTime());
        var inspections = db.TaskInspections.AsNoTracking().Where(i => i.InspectedAt >= from && i.InspectedAt < to);
        if (query.PropertyId is { } propertyId)
        {
            inspections = inspections.Where(i => i.PropertyId == propertyId);
        }

        var covered = await CleaningTaskFigures.CoveredThroughAsync(db, tenant.OrganizationId, cancellationToken);
        var tasks = TaskTotals.Sum((await CleaningTaskFigures.ByPropertyAsync(db, tenant, (fromDay, toDay), covered, query.PropertyId, cancellationToken)).Values);
        var byStatus = new Dictionary<CleaningTaskStatus, int>
        {
            [CleaningTaskStatus.Pending] = tasks.Pending, [CleaningTaskStatus.Done] = tasks.Done, [CleaningTaskStatus.Passed] = tasks.Passed,
            [CleaningTaskStatus.Failed] = tasks.Failed, [CleaningTaskStatus.Missed] = tasks.Missed,
        };
        var inspected = await inspections.GroupBy(i => i.Passed).Select(g => new { Passed = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Passed, g => g.Count, cancellationToken);
        var done = byStatus.GetValueOrDefault(CleaningTaskStatus.Done) + byStatus.GetValueOrDefault(CleaningTaskStatus.Passed) + byStatus.GetValueOrDefault(CleaningTaskStatus.Failed);
        var inspectionCount = inspected.Values.Sum();

        return new DashboardSection(
            ModuleId,
            new LocalizedText("环境", "Cleaning"),
            [
                new("cleaning.task-completion", new("保洁完成率", "Task completion"), Rate(done, byStatus.Values.Sum()), "%", "/cleaning/tasks"),
                new("cleaning.tasks-missed", new("未完成任务", "Tasks missed"), byStatus.GetValueOrDefault(CleaningTaskStatus.Missed), "", "/cleaning/tasks?status=missed"),
                new("cleaning.inspection-pass-rate", new("检查合格率", "Inspection pass rate"), Rate(inspected.GetValueOrDefault(true), inspectionCount), "%", "/cleaning/tasks?status=failed"),
            ],
            [
                new(
                    "cleaning.tasks-by-status",
                    new("保洁任务", "Cleaning tasks"),
                    ChartKind.Donut,
                    [.. Statuses.Select(Label)],
                    [new(new("任务", "Tasks"), [.. Statuses.Select(s => (decimal)byStatus.GetValueOrDefault(s))])],
                    "/cleaning/tasks"),
            ]);
    }

    private static LocalizedText Label(CleaningTaskStatus status) => status switch
    {
        CleaningTaskStatus.Pending => new("待完成", "Pending"),
        CleaningTaskStatus.Done => new("已完成待检", "Done"),
        CleaningTaskStatus.Passed => new("检查合格", "Passed"),
        CleaningTaskStatus.Failed => new("检查不合格", "Failed"),
        _ => new("未完成", "Missed"),
    };

    private static decimal? Rate(int part, int whole) => whole == 0 ? null : Math.Round(part * 100m / whole, 1, MidpointRounding.AwayFromZero);
}
