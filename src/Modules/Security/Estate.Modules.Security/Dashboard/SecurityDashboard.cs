using Estate.Modules.Security.Data;
using Estate.Modules.Security.Domain;
using Estate.SharedKernel.Dashboard;
using Estate.SharedKernel.Ui;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Security.Dashboard;

/// <summary>
/// Security on the dashboard: how the patrol rounds scheduled in the period ended (completion rate over the rounds
/// that are over) and the incidents that happened in it, with those still open.
/// </summary>
internal sealed class SecurityDashboard(SecurityDbContext db) : IDashboardSource
{
    private static readonly PatrolTaskStatus[] Outcomes = [PatrolTaskStatus.Complete, PatrolTaskStatus.Incomplete, PatrolTaskStatus.Absent];

    public string ModuleId => SecurityModule.Id;

    public async Task<DashboardSection> BuildAsync(DashboardQuery query, CancellationToken cancellationToken)
    {
        var (from, to) = (query.Period.From.ToUniversalTime(), query.Period.To.ToUniversalTime());
        var tasks = db.PatrolTasks.AsNoTracking().Where(t => t.ScheduledStart >= from && t.ScheduledStart < to);
        var incidents = db.Incidents.AsNoTracking().Where(i => i.OccurredAt >= from && i.OccurredAt < to);
        if (query.PropertyId is { } propertyId)
        {
            tasks = tasks.Where(t => t.PropertyId == propertyId);
            incidents = incidents.Where(i => i.PropertyId == propertyId);
        }

        var byStatus = await tasks.GroupBy(t => t.Status).Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Status, g => g.Count, cancellationToken);
        var incidentCounts = await incidents.GroupBy(i => i.Status == IncidentStatus.Closed).Select(g => new { Closed = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Closed, g => g.Count, cancellationToken);
        var ended = Outcomes.Sum(s => byStatus.GetValueOrDefault(s));
        var complete = byStatus.GetValueOrDefault(PatrolTaskStatus.Complete);
        decimal? completionRate = ended == 0 ? null : Math.Round(complete * 100m / ended, 1, MidpointRounding.AwayFromZero);

        return new DashboardSection(
            ModuleId,
            new LocalizedText("秩序", "Security"),
            [
                new("security.patrol-completion", new("巡更完成率", "Patrol completion"), completionRate, "%", "/security/patrol-tasks"),
                new("security.patrols-missed", new("漏巡", "Patrols missed"), byStatus.GetValueOrDefault(PatrolTaskStatus.Absent), "", "/security/patrol-tasks?status=absent"),
                new("security.incidents", new("治安事件", "Incidents"), incidentCounts.Values.Sum(), "", "/security/incidents"),
                new("security.incidents-open", new("未结案事件", "Open incidents"), incidentCounts.GetValueOrDefault(false), "", "/security/incidents?status=open"),
            ],
            [
                new(
                    "security.patrol-outcomes",
                    new("巡更结果", "Patrol rounds"),
                    ChartKind.Donut,
                    [.. Outcomes.Select(Label)],
                    [new(new("巡更任务", "Rounds"), [.. Outcomes.Select(s => (decimal)byStatus.GetValueOrDefault(s))])],
                    "/security/patrol-tasks"),
            ]);
    }

    private static LocalizedText Label(PatrolTaskStatus status) => status switch
    {
        PatrolTaskStatus.Complete => new("已完成", "Complete"),
        PatrolTaskStatus.Incomplete => new("未完成", "Incomplete"),
        _ => new("漏巡", "Absent"),
    };
}
