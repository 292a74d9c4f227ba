using System.Globalization;
using Estate.Modules.Security.Data;
using Estate.Modules.Security.Domain;
using Estate.Modules.Security.Features.AccessProblems;
using Estate.Modules.Security.Features.FireSafety;
using Estate.SharedKernel.Reports;
using Estate.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Security.Reports;

/// <summary>
/// Security's report to a work meeting: patrol completion, missed checkpoints and absences, incidents by type
/// and severity, fire-safety findings open and overdue, and access-control problems open. Every query is one
/// company's rows through indexes that lead with organization_id.
/// </summary>
internal sealed class SecurityMeetingReport(SecurityDbContext db, IPropertyDirectory properties, ITenantContext tenant, TimeProvider clock) : IDepartmentReportSource
{
    public const decimal PatrolCompletionTarget = 95m;
    private const int MaxProblemsPerKind = 10;

    private static readonly Dictionary<IncidentType, (string Zh, string En)> TypeNames = new()
    {
        [IncidentType.Theft] = ("盗窃", "Theft"),
        [IncidentType.Fire] = ("火情", "Fire"),
        [IncidentType.Fight] = ("打架斗殴", "Fight"),
        [IncidentType.Intrusion] = ("非法闯入", "Intrusion"),
        [IncidentType.Injury] = ("人员受伤", "Injury"),
        [IncidentType.Vehicle] = ("车辆事故", "Vehicle"),
        [IncidentType.Other] = ("其他", "Other"),
    };

    private static readonly Dictionary<IncidentSeverity, (string Zh, string En)> SeverityNames = new()
    {
        [IncidentSeverity.Low] = ("轻微", "Low"),
        [IncidentSeverity.Medium] = ("一般", "Medium"),
        [IncidentSeverity.High] = ("严重", "High"),
        [IncidentSeverity.Critical] = ("重大", "Critical"),
    };

    public string ModuleId => SecurityModule.Id;

    public async Task<DepartmentReport> BuildAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var now = clock.GetUtcNow();
        var previousPeriod = new ReportPeriod(period.From - (period.To - period.From), period.From);
        var visible = await properties.ListAsync(cancellationToken);
        var covered = await PatrolFigures.CoveredThroughAsync(db, tenant.OrganizationId, cancellationToken);
        var current = await FiguresAsync(period, now, covered, cancellationToken);
        var previous = await FiguresAsync(previousPeriod, now, covered, cancellationToken);

        var indicators = new List<ReportIndicator>
        {
            Indicator("patrol.completion_rate", "巡逻完成率", "Patrol completion", "%", visible, current, previous, f => f.CompletionRate,
                new IndicatorTarget(TargetComparison.AtLeast, PatrolCompletionTarget)),
            Indicator("patrol.missed_checkpoints", "漏巡点位", "Missed checkpoints", "count", visible, current, previous, f => f.Missed),
            Indicator("patrol.late_checkpoints", "迟到打卡点位", "Late checkpoints", "count", visible, current, previous, f => f.Late),
            Indicator("patrol.absences", "缺巡（整趟未巡）", "Absences (rounds not walked)", "count", visible, current, previous, f => f.Absences,
                new IndicatorTarget(TargetComparison.AtMost, 0)),
            Indicator("incidents.total", "安全事件", "Incidents", "count", visible, current, previous, f => f.Incidents.Sum(i => i.Count)),
        };
        indicators.AddRange(TypeNames.Select(type => Indicator(
            $"incidents.type.{Code(type.Key)}", $"安全事件：{type.Value.Zh}", $"Incidents: {type.Value.En}", "count", visible, current, previous,
            f => f.Incidents.Where(i => i.Type == type.Key).Sum(i => i.Count))));
        indicators.AddRange(SeverityNames.Select(severity => Indicator(
            $"incidents.severity.{Code(severity.Key)}", $"安全事件（{severity.Value.Zh}）", $"Incidents ({severity.Value.En})", "count", visible, current, previous,
            f => f.Incidents.Where(i => i.Severity == severity.Key).Sum(i => i.Count))));
        indicators.AddRange(
        [
            Indicator("fire_safety.inspections", "消防检查", "Fire-safety inspections", "count", visible, current, previous, f => f.Inspections),
            Indicator("fire_safety.findings_raised", "新发现消防隐患", "Fire-safety findings raised", "count", visible, current, previous, f => f.FindingsRaised),
            Indicator("fire_safety.findings_open", "消防隐患未整改", "Fire-safety findings open", "count", visible, current, previous, f => f.FindingsOpen),
            Indicator("fire_safety.findings_overdue", "消防隐患逾期未整改", "Fire-safety findings overdue", "count", visible, current, previous, f => f.FindingsOverdue,
                new IndicatorTarget(TargetComparison.AtMost, 0)),
            Indicator("access_control.problems_open", "门禁问题未解决", "Access-control problems open", "count", visible, current, previous, f => f.AccessProblemsOpen),
        ]);

        return new DepartmentReport(
            ModuleId,
            "安保部工作汇报",
            "Security report",
            period,
            now,
            indicators,
            Highlights(current, previous),
            await OpenProblemsAsync(now, cancellationToken));
    }

    private async Task<Figures> FiguresAsync(ReportPeriod period, DateTimeOffset now, DateOnly? covered, CancellationToken cancellationToken)
    {
        var (start, end) = (period.From, period.To);

        // Open records are counted as they stood at the end of the period, or now for a period still running.
        var at = end < now ? end : now;
        var dayOfAt = CompanyCalendar.DateOf(at, tenant.TimeZone);

        var patrol = await PatrolFigures.ByPropertyAsync(db, tenant, period, covered, propertyId: null, cancellationToken);
        var incidents = await db.Incidents
            .Where(i => i.OccurredAt >= start && i.OccurredAt < end)
            .GroupBy(i => new { i.PropertyId, i.Type, i.Severity })
            .Select(g => new IncidentCount(g.Key.PropertyId, g.Key.Type, g.Key.Severity, g.Count()))
            .ToListAsync(cancellationToken);
        var inspections = await db.FireInspections
            .Where(i => i.InspectedAt >= start && i.InspectedAt < end)
            .GroupBy(i => i.PropertyId)
            .Select(g => new { PropertyId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.PropertyId, g => g.Count, cancellationToken);
        var findings = await db.FireSafetyFindings
            .Where(f => f.CreatedAt < at && (f.FixedAt == null || f.FixedAt >= at || f.CreatedAt >= start))
            .GroupBy(f => f.PropertyId)
            .Select(g => new
            {
                PropertyId = g.Key,
                Raised = g.Count(f => f.CreatedAt >= start),
                Open = g.Count(f => f.FixedAt == null || f.FixedAt >= at),
                Overdue = g.Count(f => (f.FixedAt == null || f.FixedAt >= at) && f.FixDeadline < dayOfAt),
            })
            .ToListAsync(cancellationToken);
        var accessProblems = await db.AccessProblems
            .Where(a => a.ReportedAt < at && (a.ResolvedAt == null || a.ResolvedAt >= at))
            .GroupBy(a => a.PropertyId)
            .Select(g => new { PropertyId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.PropertyId, g => g.Count, cancellationToken);

        var propertyIds = patrol.Keys.Concat(incidents.Select(i => i.PropertyId))
            .Concat(inspections.Keys).Concat(findings.Select(f => f.PropertyId)).Concat(accessProblems.Keys).Distinct();
        return new Figures(propertyIds.ToDictionary(id => id, id =>
        {
            var p = patrol.GetValueOrDefault(id) ?? PatrolTotals.None;
            var f = findings.FirstOrDefault(x => x.PropertyId == id);
            return new PropertyFigures(
                p.Checkpoints,
                p.CheckedIn,
                p.Late,
                p.Missed,
                p.Absent,
                [.. incidents.Where(i => i.PropertyId == id)],
                inspections.GetValueOrDefault(id),
                f?.Raised ?? 0,
                f?.Open ?? 0,
                f?.Overdue ?? 0,
                accessProblems.GetValueOrDefault(id));
        }));
    }

    private static ReportIndicator Indicator(
        string code,
        string nameZh,
        string nameEn,
        string unit,
        IReadOnlyList<PropertySummary> visible,
        Figures current,
        Figures previous,
        Func<PropertyFigures, decimal?> value,
        IndicatorTarget? target = null) =>
        new(
            code,
            nameZh,
            nameEn,
            value(current.Company),
            value(previous.Company),
            unit,
            target,
            [.. visible.Select(p => new PropertyFigure(p.Id, p.Name, value(current.Of(p.Id))))]);

    private static List<string> Highlights(Figures current, Figures previous)
    {
        var (now, before) = (current.Company, previous.Company);
        var highlights = new List<string>();
        if (now.CompletionRate is { } rate)
        {
            var change = before.CompletionRate is { } was ? $"（上期 {was:0.#}%）" : "";
            highlights.Add($"巡逻完成率 {rate:0.#}%{change}，漏巡 {now.Missed} 个点位，迟到 {now.Late} 个，整趟缺巡 {now.Absences} 次");
        }
        else
        {
            highlights.Add("本期没有已结束的巡逻任务");
        }

        var incidentCount = now.Incidents.Sum(i => i.Count);
        if (incidentCount > 0)
        {
            var byType = string.Join("、", now.Incidents.GroupBy(i => i.Type).OrderByDescending(g => g.Sum(i => i.Count)).ThenBy(g => g.Key)
                .Select(g => $"{TypeNames[g.Key].Zh} {g.Sum(i => i.Count)}"));
            var serious = now.Incidents.Where(i => i.Severity is IncidentSeverity.High or IncidentSeverity.Critical).Sum(i => i.Count);
            highlights.Add($"安全事件 {incidentCount} 起（上期 {before.Incidents.Sum(i => i.Count)} 起）：{byType}；严重及以上 {serious} 起");
        }
        else
        {
            highlights.Add($"本期无安全事件（上期 {before.Incidents.Sum(i => i.Count)} 起）");
        }

        highlights.Add($"消防检查 {now.Inspections} 次，新发现隐患 {now.FindingsRaised} 项，未整改 {now.FindingsOpen} 项（其中逾期 {now.FindingsOverdue} 项）");
        highlights.Add($"门禁问题未解决 {now.AccessProblemsOpen} 个");
        return highlights;
    }

    private async Task<List<OpenProblem>> OpenProblemsAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = CompanyCalendar.DateOf(now, tenant.TimeZone);
        var overdueFindings = await db.FireSafetyFindings.AsNoTracking()
            .Where(f => f.Status == FindingStatus.Open && f.FixDeadline < today)
            .OrderBy(f => f.FixDeadline).ThenBy(f => f.Id)
            .Take(MaxProblemsPerKind)
            .Select(f => new { f.Id, f.AreaName, f.ItemName, f.Description, f.FixDeadline, f.WorkOrderNumber })
            .ToListAsync(cancellationToken);
        var unrepaired = await db.AccessProblems.AsNoTracking()
            .Where(a => a.Status != AccessProblemStatus.Resolved && a.NeedsRepair && a.WorkOrderId == null)
            .OrderBy(a => a.ReportedAt).ThenBy(a => a.Id)
            .Take(MaxProblemsPerKind)
            .Select(a => new { a.Id, a.Gate, a.Problem, a.ReportedAt })
            .ToListAsync(cancellationToken);
        var serious = await db.Incidents.AsNoTracking()
            .Where(i => i.Status != IncidentStatus.Closed && (i.Severity == IncidentSeverity.High || i.Severity == IncidentSeverity.Critical))
            .OrderByDescending(i => i.OccurredAt).ThenBy(i => i.Id)
            .Take(MaxProblemsPerKind)
            .Select(i => new { i.Id, i.Type, i.Severity, i.Place, i.OccurredAt })
            .ToListAsync(cancellationToken);

        var problems = new List<OpenProblem>();
        problems.AddRange(overdueFindings.Select(f => new OpenProblem(
            $"消防隐患逾期未整改：{f.AreaName} - {f.ItemName}",
            $"整改期限 {f.FixDeadline:yyyy-MM-dd}；{f.Description}{(f.WorkOrderNumber is null ? "" : $"；工单 {f.WorkOrderNumber}")}",
            RecordFireInspectionHandler.ReferenceType,
            f.Id)));
        problems.AddRange(unrepaired.Select(a => new OpenProblem(
            $"门禁待维修（未派工单）：{a.Gate}",
            $"{a.Problem}；{TimeZoneInfo.ConvertTime(a.ReportedAt, tenant.TimeZone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} 报告",
            AccessProblemRepairs.ReferenceType,
            a.Id)));
        problems.AddRange(serious.Select(i => new OpenProblem(
            $"{SeverityNames[i.Severity].Zh}事件未结案：{TypeNames[i.Type].Zh}（{i.Place}）",
            $"发生于 {TimeZoneInfo.ConvertTime(i.OccurredAt, tenant.TimeZone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}",
            "security.incident",
            i.Id)));
        return problems;
    }

    private static string Code<TEnum>(TEnum value)
        where TEnum : struct, Enum => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private sealed record IncidentCount(Guid PropertyId, IncidentType Type, IncidentSeverity Severity, int Count);

    private sealed record PropertyFigures(
        int Checkpoints,
        int CheckedIn,
        int Late,
        int Missed,
        int Absences,
        IReadOnlyList<IncidentCount> Incidents,
        int Inspections,
        int FindingsRaised,
        int FindingsOpen,
        int FindingsOverdue,
        int AccessProblemsOpen)
    {
        public static readonly PropertyFigures None = new(0, 0, 0, 0, 0, [], 0, 0, 0, 0, 0);

        /// <summary>Checked-in checkpoints of the rounds closed in the period, in percent; null without any.</summary>
        public decimal? CompletionRate => Checkpoints == 0 ? null : Math.Round(CheckedIn * 100m / Checkpoints, 1);
    }

    private sealed record Figures(IReadOnlyDictionary<Guid, PropertyFigures> ByProperty)
    {
        public PropertyFigures Company { get; } = ByProperty.Values.Aggregate(PropertyFigures.None, (sum, p) => new PropertyFigures(
            sum.Checkpoints + p.Checkpoints,
            sum.CheckedIn + p.CheckedIn,
            sum.Late + p.Late,
            sum.Missed + p.Missed,
            sum.Absences + p.Absences,
            [.. sum.Incidents, .. p.Incidents],
            sum.Inspections + p.Inspections,
            sum.FindingsRaised + p.FindingsRaised,
            sum.FindingsOpen + p.FindingsOpen,
            sum.FindingsOverdue + p.FindingsOverdue,
            sum.AccessProblemsOpen + p.AccessProblemsOpen));

        public PropertyFigures Of(Guid propertyId) => ByProperty.GetValueOrDefault(propertyId) ?? PropertyFigures.None;
    }
}
