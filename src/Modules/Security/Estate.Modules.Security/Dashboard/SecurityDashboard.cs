using Estate.Modules.Security.Data;
using Estate.Modules.Security.Domain;
using Estate.Modules.Security.Reports;
using Estate.SharedKernel.Dashboard;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Ui;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Security.Dashboard;

/// <summary>
/// Security on the dashboard: how the patrol rounds scheduled in the period ended (completion rate over the rounds
/// that are over) and the incidents that happened in it, with those still open.
/// </summary>
internal sealed class SecurityDashboard(SecurityDbContext db, ITenantContext tenant) : IDashboardSource
{
    private static readonly PatrolTaskStatus[] Outcomes = [PatrolTaskStatus.Complete, PatrolTaskStatus.Incomplete, PatrolTaskStatus.Absent];

    public string ModuleId => SecurityModule.Id;

    public async Task<DashboardSection> BuildAsync(DashboardQuery query, CancellationToken cancellationToken)
    {
        var (from, to) = (query.Period.From.ToUniversalTime(), query.Period.To.ToUniversalTime());
        var incidents = db.Incidents.AsNoTracking().Where(i => i.OccurredAt >= from && i.OccurredAt < to);
        if (query.PropertyId is { } propertyId)
        {
            incidents = incidents.Where(i => i.PropertyId == propertyId);
        }

        var covered = await PatrolFigures.CoveredThroughAsync(db, tenant.OrganizationId, cancellationToken);
        var patrol = PatrolTotals.Sum((await PatrolFigures.ByPropertyAsync(db, tenant, query.Period, covered, query.PropertyId, cancellationToken)).Values);
        var byStatus = new Dictionary<PatrolTaskStatus, int>
        {
            [PatrolTaskStatus.Complete] = patrol.Complete, [PatrolTaskStatus.Incomplete] = patrol.Incomplete, [PatrolTaskStatus.Absent] = patrol.Absent,
        };
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
