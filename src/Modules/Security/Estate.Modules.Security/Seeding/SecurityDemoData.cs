using Estate.Modules.Engineering.Contracts;
using Estate.Modules.Security.Data;
using Estate.Modules.Security.Domain;
using Estate.Modules.Security.Features;
using Estate.Modules.Security.Features.AccessProblems;
using Estate.Modules.Security.Features.FireSafety;
using Estate.Modules.Security.Jobs;
using Estate.SharedKernel.Security;
using Estate.SharedKernel.Seeding;
using Estate.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Security.Seeding;

/// <summary>
/// Posts, shifts and a roster, patrol routes with three months of rounds and check-ins, fire-safety inspections
/// with findings, incidents, access problems and an event plan for the demo company, dated relative to now.
/// </summary>
internal sealed class SecurityDemoData(
    SecurityDbContext db,
    ITenantContext tenant,
    TimeProvider clock,
    SchedulePatrolTasks schedule,
    ClosePatrolTasks close,
    EngineeringRepairs repairs) : IDemoDataSeeder
{
    private const int HistoryDays = 90;

    private sealed record DemoRoute(int PropertyIndex, string Name, string CodePrefix, int DurationMinutes, int LatenessMinutes, string[] Starts, string[] Checkpoints);

    private sealed record DemoArea(string Name, FireSafetyAreaKind Kind, string Location, string[] Checklist);

    private sealed record DemoFinding(int PropertyIndex, string AreaName, string ItemName, string Note, int DaysAgo, int FixDays, bool NeedsRepair, string? FixedNote);

    private sealed record DemoIncident(string Description, IncidentType Type, IncidentSeverity Severity, string Place, int DaysAgo, string? Handling, string? Closure);

    private sealed record DemoAccessProblem(string Gate, string Problem, bool NeedsRepair, bool FoundOnPatrol, int DaysAgo, string? Resolution);

    private static readonly (string Name, PostKind Kind, string Location)[] Posts =
    [
        ("东门岗", PostKind.Gate, "东门"),
        ("西门岗", PostKind.Gate, "西门"),
        ("监控中心", PostKind.ControlRoom, "物业服务中心二楼"),
        ("地库岗", PostKind.Parking, "地下车库B1入口"),
        ("巡逻岗", PostKind.Patrol, "全小区"),
    ];

    private static readonly (string Name, TimeOnly Starts, TimeOnly Ends)[] Shifts =
    [
        ("早班", new TimeOnly(7, 0), new TimeOnly(15, 0)),
        ("中班", new TimeOnly(15, 0), new TimeOnly(23, 0)),
        ("夜班", new TimeOnly(23, 0), new TimeOnly(7, 0)),
    ];

    private static readonly DemoRoute[] Routes =
    [
        new(0, "夜间巡逻路线", "SG-N", 45, 15, ["08:00", "14:00", "20:00", "02:00"], ["东门岗亭", "1号楼大堂", "儿童乐园", "中心花园", "配电房", "西门"]),
        new(0, "地库巡查路线", "SG-B", 30, 20, ["10:00", "22:00"], ["B1车库入口", "B1消防通道", "B2充电桩区", "B2排水泵房"]),
        new(1, "环湖巡逻路线", "CH-L", 40, 15, ["09:00", "21:00"], ["北门", "湖心亭", "会所", "南门", "地下车库入口"]),
    ];

    private static readonly DemoArea[] Areas =
    [
        new("1号楼疏散通道", FireSafetyAreaKind.EvacuationRoute, "1号楼1-18层楼梯间", ["通道畅通无杂物", "安全出口指示灯完好", "防火门闭合完好"]),
        new("消防控制室", FireSafetyAreaKind.ControlRoom, "物业服务中心一楼", ["值班记录完整", "火灾报警控制器正常", "应急电源正常"]),
        new("消防泵房", FireSafetyAreaKind.PumpRoom, "地下一层", ["消防泵运行正常", "稳压泵压力正常", "阀门处于正常开启状态"]),
        new("地下车库", FireSafetyAreaKind.Garage, "B1-B2", ["灭火器压力正常", "消火栓箱完好", "喷淋头无遮挡"]),
        new("配电房", FireSafetyAreaKind.PowerRoom, "地下一层东侧", ["绝缘垫完好", "灭火器在有效期内", "无堆放杂物"]),
    ];

    private static readonly DemoFinding[] Findings =
    [
        new(0, "消防泵房", "稳压泵压力正常", "稳压泵压力低于0.3MPa，需检修", 12, 7, true, null),
        new(0, "1号楼疏散通道", "安全出口指示灯完好", "12层安全出口指示灯不亮", 30, 7, true, "已更换指示灯"),
        new(1, "地下车库", "灭火器压力正常", "B2区3具灭火器压力不足", 4, 7, false, null),
        new(1, "1号楼疏散通道", "通道畅通无杂物", "6层楼梯间堆放纸箱", 9, 3, false, null),
    ];

    private static readonly DemoIncident[] Incidents =
    [
        new("业主电动车电瓶被盗，已调取监控并报警", IncidentType.Theft, IncidentSeverity.Medium, "地下车库B1", 75, "调取监控，协助派出所立案", "嫌疑人已被警方抓获，电瓶追回"),
        new("3号楼垃圾房起火，保安用灭火器扑灭", IncidentType.Fire, IncidentSeverity.High, "3号楼垃圾房", 52, "现场扑救，通知工程检查电线", "起火原因为烟头，已加装禁烟标识"),
        new("两位业主因停车位发生争执并推搡", IncidentType.Fight, IncidentSeverity.Low, "东门停车场", 40, "现场劝解，双方冷静", "客服协调车位，双方和解"),
        new("陌生人尾随业主进入单元门", IncidentType.Intrusion, IncidentSeverity.Medium, "5号楼2单元", 21, "已查看监控，加强单元门口巡查", null),
        new("老人在中心花园摔倒，保安送医", IncidentType.Injury, IncidentSeverity.Medium, "中心花园", 12, "呼叫120并通知家属", "老人无大碍，已出院"),
        new("快递车剐蹭业主车辆", IncidentType.Vehicle, IncidentSeverity.Low, "北门车道", 6, "拍照取证，联系快递公司", null),
        new("夜间有人翻越西侧围墙", IncidentType.Intrusion, IncidentSeverity.High, "西侧围墙", 2, null, null),
        new("外卖电动车堵塞消防通道", IncidentType.Other, IncidentSeverity.Low, "7号楼消防通道", 1, null, null),
    ];

    private static readonly DemoAccessProblem[] AccessProblems =
    [
        new("东门人行闸机", "人脸识别门禁识别率低，业主需多次刷脸", true, false, 20, "厂家上门更换摄像模组，识别恢复正常"),
        new("2号楼1单元门禁", "单元门禁读卡器无反应", true, true, 3, null),
        new("西门车辆道闸", "道闸抬杆后不落杆", true, true, 1, null),
        new("北门访客登记", "访客登记系统操作步骤多，保安班长反映培训不足", false, false, 8, null),
    ];

    public async Task SeedAsync(DemoCompany company, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(company);
        if (company.Properties.Count == 0 || await db.Posts.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow();
        var guards = company.Users.Where(u => u.Department == SecurityModule.Id).OrderBy(u => u.Role == PlatformRoles.Staff ? 0 : 1).ToList();
        var guard = guards.FirstOrDefault() ?? company.Users[0];
        var posts = new Dictionary<(Guid, string), GuardPost>();
        var shifts = new Dictionary<(Guid, string), Shift>();
        foreach (var property in company.Properties)
        {
            foreach (var (name, kind, location) in Posts)
            {
                posts[(property.Id, name)] = new GuardPost(company.OrganizationId, Guid.CreateVersion7(now), property.Id, name, kind, location, now.AddDays(-HistoryDays));
            }

            foreach (var (name, starts, ends) in Shifts)
            {
                shifts[(property.Id, name)] = new Shift(company.OrganizationId, Guid.CreateVersion7(now), property.Id, name, starts, ends, now.AddDays(-HistoryDays));
            }
        }

        db.Posts.AddRange(posts.Values);
        db.Shifts.AddRange(shifts.Values);
        AddRoster(company, guards, posts, shifts, now);
        await db.SaveChangesAsync(cancellationToken);

        await AddPatrolsAsync(company, guard, now, cancellationToken);
        await AddFireSafetyAsync(company, guard, now, cancellationToken);
        AddIncidents(company, guard, now);
        await AddAccessProblemsAsync(company, guard, now, cancellationToken);
        AddEventPlan(company, guards, now);
        await db.SaveChangesAsync(cancellationToken);
    }

    // Two weeks back and two ahead: the staff guard rotates over the properties' east gates, the head takes the control room.
    private void AddRoster(DemoCompany company, List<DemoUser> guards, Dictionary<(Guid, string), GuardPost> posts, Dictionary<(Guid, string), Shift> shifts, DateTimeOffset now)
    {
        var today = CompanyCalendar.DateOf(now, tenant.TimeZone);
        for (var day = -14; day <= 14; day++)
        {
            var date = today.AddDays(day);
            for (var g = 0; g < guards.Count; g++)
            {
                var property = company.Properties[(day + 14 + g) % company.Properties.Count].Id;
                var (post, shift) = g == 0 ? ("东门岗", day % 3 == 0 ? "夜班" : "早班") : ("监控中心", "中班");
                db.Roster.Add(new RosterEntry(
                    company.OrganizationId, Guid.CreateVersion7(now), property, date, shifts[(property, shift)].Id, posts[(property, post)].Id, guards[g].Id, guards[g].DisplayName, now));
            }
        }
    }

    private async Task AddPatrolsAsync(DemoCompany company, DemoUser guard, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var planCreated = now.AddDays(-HistoryDays);
        foreach (var spec in Routes)
        {
            var property = company.Properties[spec.PropertyIndex % company.Properties.Count].Id;
            var route = PatrolRoute.Create(
                company.OrganizationId, property, spec.Name, spec.DurationMinutes,
                spec.Checkpoints.Select((name, i) => ($"{spec.CodePrefix}-{i + 1:00}", name, (string?)null)), planCreated);
            db.PatrolRoutes.Add(route);
            db.PatrolPlans.Add(PatrolPlan.Create(
                company.OrganizationId, route, $"{spec.Name}（每日）", Enum.GetValues<DayOfWeek>(), spec.Starts.Select(s => TimeOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture)),
                spec.LatenessMinutes, planCreated));
        }

        await db.SaveChangesAsync(cancellationToken);
        await schedule.ScheduleAsync(now.AddDays(-HistoryDays), now + SchedulePatrolTasks.Horizon, now, null, cancellationToken);

        // Rounds whose window has passed are walked: most checkpoints on time, some late, a few missed, 2% of rounds not walked at all.
        var organizationId = company.OrganizationId;
        await db.Database.ExecuteSqlAsync(
            $"""
            UPDATE security.patrol_task_checkpoints c
            SET status = CASE WHEN abs(hashtext(c.id::text)) % 1000 < 60 THEN 'Late' ELSE 'Done' END,
                checked_in_at = CASE WHEN abs(hashtext(c.id::text)) % 1000 < 60
                    THEN t.due_by + make_interval(mins => 1 + abs(hashtext(c.id::text)) % 10)
                    ELSE t.scheduled_start + (t.due_by - t.scheduled_start) * c.sequence / (t.checkpoint_count + 1) END,
                checked_in_by_user_id = {guard.Id},
                checked_in_by_name = {guard.DisplayName}
            FROM security.patrol_tasks t
            WHERE t.organization_id = {organizationId} AND c.organization_id = {organizationId} AND c.task_id = t.id
              AND t.window_closes_at < {now} AND c.status = 'Pending'
              AND abs(hashtext(t.id::text)) % 100 >= 2
              AND abs(hashtext(c.id::text)) % 1000 >= 40
            """,
            cancellationToken);
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO security.patrol_check_ins (organization_id, id, property_id, checkpoint_id, checkpoint_code, task_id, user_id, user_name,
                checked_in_at, received_at, outcome)
            SELECT c.organization_id, gen_random_uuid(), c.property_id, c.checkpoint_id, c.code, c.task_id, c.checked_in_by_user_id, c.checked_in_by_name,
                   c.checked_in_at, c.checked_in_at, CASE WHEN c.status = 'Late' THEN 'Late' ELSE 'OnTime' END
            FROM security.patrol_task_checkpoints c
            WHERE c.organization_id = {organizationId} AND c.checked_in_at IS NOT NULL
            """,
            cancellationToken);
        await close.RunAsync(cancellationToken);
    }

    private async Task AddFireSafetyAsync(DemoCompany company, DemoUser inspector, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var zone = tenant.TimeZone;
        var areas = new List<FireSafetyArea>();
        foreach (var property in company.Properties)
        {
            areas.AddRange(Areas.Select(a => new FireSafetyArea(
                company.OrganizationId, Guid.CreateVersion7(now), property.Id, a.Name, a.Kind, a.Location, a.Checklist, now.AddDays(-HistoryDays - 1))));
        }

        db.FireSafetyAreas.AddRange(areas);
        var findingsToRepair = new List<FireSafetyFinding>();
        foreach (var area in areas)
        {
            var interval = InspectionFrequency.DefaultIntervalDays(area.Kind);
            // The last property's power room has gone uninspected for 40 days, so the due list has something overdue.
            var lastDaysAgo = area.Kind == FireSafetyAreaKind.PowerRoom && area.PropertyId == company.Properties[^1].Id ? 40 : 1 + (area.Name.Length % 3);
            for (var daysAgo = lastDaysAgo; daysAgo <= HistoryDays - 2; daysAgo += interval)
            {
                var inspectedAt = now.AddDays(-daysAgo).AddHours(-2);
                var failing = Findings.FirstOrDefault(f =>
                    f.AreaName == area.Name && company.Properties[f.PropertyIndex % company.Properties.Count].Id == area.PropertyId
                    && daysAgo <= f.DaysAgo && daysAgo > f.DaysAgo - interval);
                var items = area.Checklist.Select(item => failing is not null && failing.ItemName == item
                    ? new FireInspection.CheckedItem(item, false, failing.Note, failing.NeedsRepair, CompanyCalendar.DateOf(inspectedAt, zone).AddDays(failing.FixDays))
                    : new FireInspection.CheckedItem(item, true, null, false, null)).ToList();
                var (inspection, findings) = FireInspection.Record(
                    area, inspectedAt, CompanyCalendar.DateOf(inspectedAt, zone), inspector.Id, inspector.DisplayName, null, items, inspectedAt);
                db.FireInspections.Add(inspection);
                foreach (var finding in findings)
                {
                    if (failing?.FixedNote is { } fixedNote)
                    {
                        finding.Fix(fixedNote, inspectedAt.AddDays(failing.FixDays - 1));
                    }
                    else if (finding.NeedsRepair)
                    {
                        findingsToRepair.Add(finding);
                    }
                }

                db.FireSafetyFindings.AddRange(findings);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var finding in findingsToRepair)
        {
            var workOrder = await repairs.OpenAsync(
                finding.PropertyId, $"消防整改：{finding.AreaName} - {finding.ItemName}", finding.Description,
                WorkOrderCategory.FireSafety, WorkOrderSource.Inspection, RecordFireInspectionHandler.ReferenceType, finding.Id, cancellationToken);
            if (workOrder is not null)
            {
                finding.LinkWorkOrder(workOrder.WorkOrderId, workOrder.Number);
            }
        }
    }

    private void AddIncidents(DemoCompany company, DemoUser reporter, DateTimeOffset now)
    {
        for (var i = 0; i < Incidents.Length; i++)
        {
            var spec = Incidents[i];
            var occurred = now.AddDays(-spec.DaysAgo).AddHours(-(i * 5 % 11));
            var incident = Incident.Report(
                company.OrganizationId, company.Properties[i % company.Properties.Count].Id, spec.Type, spec.Severity, occurred,
                spec.Place, spec.Description, reporter.Id, reporter.DisplayName, occurred.AddMinutes(20));
            if (spec.Handling is not null)
            {
                incident.RecordHandling(spec.Handling, occurred.AddHours(1));
            }

            if (spec.Closure is not null)
            {
                incident.Close(spec.Closure, occurred.AddDays(2));
            }

            db.Incidents.Add(incident);
        }
    }

    private async Task AddAccessProblemsAsync(DemoCompany company, DemoUser reporter, DateTimeOffset now, CancellationToken cancellationToken)
    {
        for (var i = 0; i < AccessProblems.Length; i++)
        {
            var spec = AccessProblems[i];
            var reported = now.AddDays(-spec.DaysAgo);
            var problem = AccessProblem.Report(
                company.OrganizationId, company.Properties[i % company.Properties.Count].Id, spec.Gate, spec.Problem, spec.FoundOnPatrol,
                reporter.Id, reporter.DisplayName, reported);
            if (spec.NeedsRepair)
            {
                problem.RequireRepair(reported);
            }

            db.AccessProblems.Add(problem);
            await db.SaveChangesAsync(cancellationToken);
            if (spec.NeedsRepair && spec.Resolution is null)
            {
                await repairs.OpenWorkOrderAsync(problem, cancellationToken);
            }

            if (spec.Resolution is not null)
            {
                problem.Resolve(spec.Resolution, reported.AddDays(4));
            }
        }
    }

    private void AddEventPlan(DemoCompany company, List<DemoUser> guards, DateTimeOffset now)
    {
        var eventDay = CompanyCalendar.DateOf(now, tenant.TimeZone).AddDays(10);
        var starts = CompanyCalendar.StartOf(eventDay, tenant.TimeZone).AddHours(18);
        var people = guards.Select(g => (g.Id, g.DisplayName)).ToList();
        db.EventSecurityPlans.Add(EventSecurityPlan.Create(
            company.OrganizationId,
            company.Properties[0].Id,
            "中秋游园会安保方案",
            starts,
            starts.AddHours(3.5),
            "活动区域设置临时隔离带，消防通道全程保持畅通；客服负责通知业主，保洁负责活动后清场。",
            [
                ("主入口", "中心花园东侧", people),
                ("活动舞台", "中心花园舞台", people.Take(1).ToList()),
                ("停车引导", "东门停车场", people.Skip(1).ToList()),
            ],
            now));
    }
}
