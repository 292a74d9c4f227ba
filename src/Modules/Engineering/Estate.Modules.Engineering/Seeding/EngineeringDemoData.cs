using Estate.Modules.Engineering.Contracts;
using Estate.Modules.Engineering.Data;
using Estate.Modules.Engineering.Domain;
using Estate.Modules.Engineering.Jobs;
using Estate.SharedKernel.Modules;
using Estate.SharedKernel.Security;
using Estate.SharedKernel.Seeding;
using Estate.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Engineering.Seeding;

/// <summary>
/// About four months of engineering history for the demo company, dated relative to now: a facility ledger
/// with maintenance records, preventive plans and the orders they opened, a few hundred repairs with
/// believable response and resolution times (slower and later at first, better lately, so the meeting report
/// shows movement), delays with reasons, a few reopened, owners' ratings, and renovation projects. Each part
/// is added only when missing, and the random choices are seeded, so every run builds the same story.
/// </summary>
internal sealed class EngineeringDemoData(
    EngineeringDbContext db,
    ITenantContext tenant,
    TimeProvider clock,
    IModuleAvailability modules,
    WarnOfApproachingDeadlines warnOfDeadlines,
    FlagOverdueWorkOrders flagOverdue) : IDemoDataSeeder
{
    private const int HistoryDays = 120;

    private sealed record DemoFacility(
        string Name, string Code, FacilityCategory Category, string Location, int AgeMonths, int ServiceLifeMonths, int WarrantyLeftMonths, FacilityImportance Importance);

    private sealed record DemoPlan(string FacilityCode, string Title, MaintenanceInterval Interval, int Length, int LeadDays, WorkOrderSource Source, string PerformedBy, decimal Cost);

    private sealed record RepairKind(WorkOrderCategory Category, int Weight, string[] Titles);

    private sealed record Technician(Guid Id, string Name);

    private enum Stage
    {
        New,
        Assigned,
        InProgress,
        Waiting,
    }

    private sealed record CurrentWorkOrder(
        string Title, WorkOrderCategory Category, WorkOrderPriority Priority, WorkOrderSource Source, Stage Stage, int HoursAgo, string? DelayReason = null, string? FacilityCode = null);

    // Ages are for the first property; each further property is a little younger or older (see AgeShift).
    private static readonly DemoFacility[] Facilities =
    [
        new("1号楼1号电梯", "EL-01", FacilityCategory.Elevator, "1号楼", 170, 180, -60, FacilityImportance.Critical),
        new("1号楼2号电梯", "EL-02", FacilityCategory.Elevator, "1号楼", 170, 180, -60, FacilityImportance.Critical),
        new("3号楼电梯", "EL-03", FacilityCategory.Elevator, "3号楼", 70, 180, 4, FacilityImportance.Critical),
        new("生活水泵房1号水泵", "WP-01", FacilityCategory.WaterSupply, "地下一层水泵房", 135, 144, -90, FacilityImportance.High),
        new("生活水泵房2号水泵", "WP-02", FacilityCategory.WaterSupply, "地下一层水泵房", 34, 144, 2, FacilityImportance.High),
        new("1号配电房变压器", "PW-01", FacilityCategory.Power, "1号配电房", 214, 300, -180, FacilityImportance.Critical),
        new("备用柴油发电机", "PW-02", FacilityCategory.Power, "发电机房", 105, 180, -70, FacilityImportance.High),
        new("主干道路灯（42盏）", "SL-01", FacilityCategory.Lighting, "小区主干道", 190, 180, -150, FacilityImportance.Normal),
        new("地下车库照明", "SL-02", FacilityCategory.Lighting, "地下车库", 58, 96, -20, FacilityImportance.Low),
        new("消防水泵", "FE-01", FacilityCategory.FireEquipment, "消防泵房", 146, 180, -110, FacilityImportance.Critical),
        new("火灾自动报警主机", "FE-02", FacilityCategory.FireEquipment, "消防控制室", 112, 120, -80, FacilityImportance.Critical),
        new("东门车辆道闸", "AG-01", FacilityCategory.AccessGates, "东门", 88, 96, -60, FacilityImportance.Normal),
        new("单元门禁系统", "AG-02", FacilityCategory.AccessGates, "各单元入口", 46, 96, 3, FacilityImportance.Normal),
    ];

    private static readonly DemoPlan[] Plans =
    [
        new("EL-01", "电梯半月维保", MaintenanceInterval.Days, 15, 3, WorkOrderSource.Inspection, "迅达电梯维保 周师傅", 600m),
        new("EL-02", "电梯半月维保", MaintenanceInterval.Days, 15, 3, WorkOrderSource.Inspection, "迅达电梯维保 周师傅", 600m),
        new("EL-03", "电梯半月维保", MaintenanceInterval.Days, 15, 3, WorkOrderSource.Inspection, "日立电梯维保 吴师傅", 650m),
        new("FE-01", "消防设施月度检测", MaintenanceInterval.Months, 1, 3, WorkOrderSource.Inspection, "安信消防维保 孙工", 1500m),
        new("WP-01", "生活水泵季度保养", MaintenanceInterval.Months, 3, 7, WorkOrderSource.Internal, "刘师傅", 900m),
        new("WP-02", "生活水泵季度保养", MaintenanceInterval.Months, 3, 7, WorkOrderSource.Internal, "刘师傅", 900m),
        new("PW-02", "发电机月度试运行", MaintenanceInterval.Months, 1, 2, WorkOrderSource.Internal, "刘师傅", 300m),
        new("AG-01", "道闸季度保养", MaintenanceInterval.Days, 90, 5, WorkOrderSource.Internal, "刘师傅", 200m),
    ];

    private static readonly RepairKind[] RepairKinds =
    [
        new(WorkOrderCategory.Lighting, 22, ["楼道灯不亮", "路灯损坏", "地库照明灯闪烁", "景观灯不亮", "单元门口灯不亮"]),
        new(WorkOrderCategory.Plumbing, 20, ["楼道水管漏水", "地下车库积水", "公共下水管堵塞", "屋面雨水管破裂", "二次供水水压不足"]),
        new(WorkOrderCategory.Civil, 16, ["外墙瓷砖脱落", "小区道路破损", "儿童乐园围栏松动", "单元门闭门器损坏", "屋面渗水"]),
        new(WorkOrderCategory.AccessControl, 12, ["单元门禁刷卡失灵", "道闸无法抬杆", "可视对讲无声音", "门禁磁力锁损坏"]),
        new(WorkOrderCategory.Elevator, 12, ["电梯异响", "电梯困人", "电梯门关不严", "电梯按钮失灵", "电梯平层不准"]),
        new(WorkOrderCategory.Electrical, 9, ["楼道配电箱跳闸", "地下车库插座无电", "充电桩断电", "公共区域电源故障"]),
        new(WorkOrderCategory.FireSafety, 5, ["消防栓水压不足", "烟感报警器误报", "应急照明灯不亮", "安全出口指示灯损坏"]),
        new(WorkOrderCategory.Hvac, 2, ["会所空调不制冷", "物业办公室空调漏水"]),
        new(WorkOrderCategory.Other, 2, ["垃圾房门锁损坏", "信报箱损坏"]),
    ];

    // What is on the desk today, so the meeting has current delays to explain (the urgent one is past its 4 hours).
    private static readonly CurrentWorkOrder[] OnTheDeskToday =
    [
        new("3号楼电梯异响", WorkOrderCategory.Elevator, WorkOrderPriority.Normal, WorkOrderSource.OwnerRequest, Stage.Waiting, 20, "电梯配件缺货，厂家预计3天到货", "EL-03"),
        new("7号楼屋面渗水", WorkOrderCategory.Civil, WorkOrderPriority.Normal, WorkOrderSource.OwnerRequest, Stage.Waiting, 40, "等待雨停后施工"),
        new("1号楼消防栓水压不足", WorkOrderCategory.FireSafety, WorkOrderPriority.Urgent, WorkOrderSource.Inspection, Stage.InProgress, 9),
        new("东门门禁刷卡失灵", WorkOrderCategory.AccessControl, WorkOrderPriority.High, WorkOrderSource.CustomerService, Stage.Assigned, 3, FacilityCode: "AG-02"),
        new("生活水泵异常噪音", WorkOrderCategory.Plumbing, WorkOrderPriority.Normal, WorkOrderSource.Patrol, Stage.New, 2, FacilityCode: "WP-01"),
        new("儿童乐园围栏松动", WorkOrderCategory.Civil, WorkOrderPriority.Low, WorkOrderSource.CustomerService, Stage.New, 1),
    ];

    private static readonly string[] DelayReasons =
    [
        "配件缺货，厂家预计3天到货",
        "需业主在家配合入户，已约周末上门",
        "等待雨停后施工",
        "需停水施工，已发通知待业主确认时间",
        "需搭设脚手架，待供应商排期",
        "电梯主板需返厂维修",
    ];

    private static readonly string[] PleasedComments = ["师傅很专业，处理及时", "修好了，谢谢", "态度很好"];

    private static readonly string[] UnhappyComments = ["等了比较久", "希望下次能更快", "问题反复出现，希望彻底解决"];

    public async Task SeedAsync(DemoCompany company, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(company);
        var technicians = company.Users
            .Where(u => u.Department == EngineeringModule.Department && u.Role is PlatformRoles.Staff or PlatformRoles.DepartmentHead)
            .OrderBy(u => u.Role == PlatformRoles.Staff ? 0 : 1)
            .Select(u => new Technician(u.Id, u.DisplayName))
            .ToList();
        if (company.Properties.Count == 0 || technicians.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var random = new Random(20261130);
        await SeedTimeLimitsAsync(company, now, cancellationToken);
        var facilities = await SeedFacilitiesAsync(company, now, cancellationToken);
        if (!await db.WorkOrders.AnyAsync(w => w.CreatedAt < now.AddDays(-30), cancellationToken))
        {
            var limits = await db.TimeLimits.AsNoTracking().ToDictionaryAsync(l => (l.Category, l.Priority), l => l.Hours, cancellationToken);
            SeedPlansAndTheirOrders(company, facilities, technicians, now, random);
            SeedRepairs(company, facilities, technicians, limits, now, random);
            SeedTodaysDesk(company, facilities, technicians[0], limits, now);
        }

        await SeedProjectsAsync(company, technicians, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await warnOfDeadlines.RunAsync(cancellationToken);
        await flagOverdue.RunAsync(cancellationToken);
    }

    private async Task SeedTimeLimitsAsync(DemoCompany company, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await db.TimeLimits.AnyAsync(cancellationToken))
        {
            return;
        }

        // A trapped passenger cannot wait the default 4 hours; fire equipment is fixed within the day.
        db.TimeLimits.Add(ResolutionTimeLimit.Set(company.OrganizationId, WorkOrderCategory.Elevator, WorkOrderPriority.Urgent, 2, null, now));
        db.TimeLimits.Add(ResolutionTimeLimit.Set(company.OrganizationId, WorkOrderCategory.FireSafety, WorkOrderPriority.High, 12, null, now));
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<Dictionary<(Guid PropertyId, string Code), Facility>> SeedFacilitiesAsync(DemoCompany company, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var existing = await db.Facilities.Where(f => f.Code != null).ToListAsync(cancellationToken);
        var byCode = existing.ToDictionary(f => (f.PropertyId, f.Code!));
        var today = CompanyCalendar.DateOf(now, tenant.TimeZone);
        for (var p = 0; p < company.Properties.Count; p++)
        {
            var property = company.Properties[p];
            foreach (var spec in Facilities.Where(f => !byCode.ContainsKey((property.Id, f.Code))))
            {
                var installedOn = today.AddMonths(-(spec.AgeMonths + AgeShift(p)));
                var facility = Facility.Add(
                    company.OrganizationId,
                    property.Id,
                    new FacilityDescription(
                        spec.Name, spec.Code, spec.Category, spec.Location, installedOn, spec.ServiceLifeMonths,
                        today.AddMonths(spec.WarrantyLeftMonths - AgeShift(p)), spec.Importance),
                    now.AddDays(-HistoryDays - 30));
                db.Facilities.Add(facility);
                byCode[(property.Id, spec.Code)] = facility;
            }
        }

        if (!await db.MaintenanceRecords.AnyAsync(cancellationToken))
        {
            foreach (var ((propertyId, code), facility) in byCode)
            {
                if (code.StartsWith("EL-", StringComparison.Ordinal))
                {
                    db.MaintenanceRecords.Add(MaintenanceRecord.For(
                        facility, today.AddMonths(-7), "特种设备年度定期检验，合格", "市特种设备检验研究院", 1200m, null, null, now.AddMonths(-7)));
                }
                else if (code == "SL-01")
                {
                    db.MaintenanceRecords.Add(MaintenanceRecord.For(
                        facility, today.AddDays(-64), "更换损坏灯头12个、镇流器5个，灯杆锈蚀严重，建议整体更换", "刘师傅", 2360m, null, null, now.AddDays(-64)));
                }
                else if (code == "PW-01")
                {
                    db.MaintenanceRecords.Add(MaintenanceRecord.For(
                        facility, today.AddMonths(-5), "变压器预防性试验、绝缘油化验", "供电公司检修班", 4800m, null, null, now.AddMonths(-5)));
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return byCode;
    }

    // Runs each plan from about four months ago up to now, as the plan job would have.
    private void SeedPlansAndTheirOrders(
        DemoCompany company, Dictionary<(Guid PropertyId, string Code), Facility> facilities, List<Technician> technicians, DateTimeOffset now, Random random)
    {
        var zone = tenant.TimeZone;
        var today = CompanyCalendar.DateOf(now, zone);
        for (var p = 0; p < company.Properties.Count; p++)
        {
            foreach (var spec in Plans)
            {
                if (!facilities.TryGetValue((company.Properties[p].Id, spec.FacilityCode), out var facility))
                {
                    continue;
                }

                var firstDue = today.AddDays(-HistoryDays + random.Next(0, 20));
                var plan = MaintenancePlan.Create(
                    facility, spec.Title, null, WorkOrderPriority.Normal, spec.Source, spec.Interval, spec.Length, firstDue, spec.LeadDays, now.AddDays(-HistoryDays - 7));
                db.MaintenancePlans.Add(plan);
                while (plan.OpensOn <= today)
                {
                    var opensOn = plan.OpensOn;
                    var dueOn = plan.TakeNextDueDate(opensOn);
                    var openedAt = CompanyCalendar.StartOf(opensOn, zone).AddHours(1);
                    var workOrder = WorkOrder.OpenPlanned(plan, dueOn, openedAt, zone);
                    db.WorkOrders.Add(workOrder);
                    var technician = technicians[0];
                    var workedAt = CompanyCalendar.StartOf(dueOn, zone).AddHours(9 + random.Next(0, 6));
                    if (random.NextDouble() < 0.1)
                    {
                        workedAt = workedAt.AddDays(1);
                    }

                    Advance(now, openedAt.AddHours(2), () => workOrder.Assign(technician.Id, technician.Name, openedAt.AddHours(2)));
                    Advance(now, workedAt, () => workOrder.Start(workedAt));
                    var doneAt = workedAt.AddHours(1.5 + random.NextDouble() * 2);
                    if (Advance(now, doneAt, () => workOrder.Complete("按维保合同项目完成保养，运行正常", doneAt)))
                    {
                        db.MaintenanceRecords.Add(MaintenanceRecord.For(
                            facility, CompanyCalendar.DateOf(doneAt, zone), spec.Title + "：按合同项目完成", spec.PerformedBy, spec.Cost, workOrder.Id, technician.Id, doneAt));

                        var closedAt = doneAt.AddHours(20);
                        Advance(now, closedAt, () => workOrder.Close(closedAt));
                    }
                }
            }
        }
    }

    private void SeedRepairs(
        DemoCompany company,
        Dictionary<(Guid PropertyId, string Code), Facility> facilities,
        List<Technician> technicians,
        Dictionary<(WorkOrderCategory, WorkOrderPriority), int> limits,
        DateTimeOffset now,
        Random random)
    {
        var zone = tenant.TimeZone;
        var today = CompanyCalendar.DateOf(now, zone);
        var totalWeight = RepairKinds.Sum(k => k.Weight);
        for (var day = HistoryDays; day >= 0; day--)
        {
            // Early days were worse: later and slower; the team improved over the four months.
            var progress = (HistoryDays - day) / (double)HistoryDays;
            var lateChance = 0.32 - (0.26 * progress);
            var slowness = 1.8 - (0.9 * progress);
            var date = today.AddDays(-day);
            var count = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? random.Next(1, 3) : random.Next(2, 5);
            for (var n = 0; n < count; n++)
            {
                var createdAt = CompanyCalendar.StartOf(date, zone).AddMinutes(random.Next(7 * 60, 22 * 60));
                if (createdAt > now)
                {
                    continue;
                }

                var kind = Pick(random, totalWeight);
                var priority = PickPriority(random, kind.Category);
                var source = PickSource(random);
                var property = company.Properties[random.Next(company.Properties.Count)];
                var title = $"{random.Next(1, 13)}号楼{random.Next(1, 4)}单元 {kind.Titles[random.Next(kind.Titles.Length)]}";
                var limitHours = limits.TryGetValue((kind.Category, priority), out var own) ? own : ResolutionTimeLimits.DefaultHours(priority);
                var facility = FacilityFor(kind.Category, property.Id, facilities, random);
                var workOrder = WorkOrder.Open(
                    company.OrganizationId, property.Id, facility?.Id, title, null, kind.Category, priority, source, createdAt, TimeSpan.FromHours(limitHours), zone);
                db.WorkOrders.Add(workOrder);
                Repair(workOrder, technicians, limitHours, lateChance, slowness, now, random);
            }
        }
    }

    private void SeedTodaysDesk(
        DemoCompany company,
        Dictionary<(Guid PropertyId, string Code), Facility> facilities,
        Technician technician,
        Dictionary<(WorkOrderCategory, WorkOrderPriority), int> limits,
        DateTimeOffset now)
    {
        for (var i = 0; i < OnTheDeskToday.Length; i++)
        {
            var spec = OnTheDeskToday[i];
            var propertyId = company.Properties[i % company.Properties.Count].Id;
            var opened = now.AddHours(-spec.HoursAgo);
            var limit = TimeSpan.FromHours(limits.TryGetValue((spec.Category, spec.Priority), out var own) ? own : ResolutionTimeLimits.DefaultHours(spec.Priority));
            var facility = spec.FacilityCode is null ? null : facilities.GetValueOrDefault((propertyId, spec.FacilityCode));
            var workOrder = WorkOrder.Open(
                company.OrganizationId, propertyId, facility?.Id, spec.Title, null, spec.Category, spec.Priority, spec.Source, opened, limit, tenant.TimeZone);
            db.WorkOrders.Add(workOrder);
            var age = now - opened;
            if (spec.Stage != Stage.New)
            {
                workOrder.Assign(technician.Id, technician.Name, opened + (age * 0.1));
            }

            if (spec.Stage is Stage.InProgress or Stage.Waiting)
            {
                workOrder.Start(opened + (age * 0.2));
            }

            if (spec.Stage == Stage.Waiting)
            {
                workOrder.Delay(spec.DelayReason!, opened + (age * 0.3));
            }
        }
    }

    // Plays a repair's life forward from its opening; steps that would lie in the future are left undone.
    private static void Repair(WorkOrder workOrder, List<Technician> technicians, int limitHours, double lateChance, double slowness, DateTimeOffset now, Random random)
    {
        var technician = random.NextDouble() < 0.75 ? technicians[0] : technicians[^1];
        var responseHours = workOrder.Priority switch
        {
            WorkOrderPriority.Urgent => 0.15 + (random.NextDouble() * 0.5),
            WorkOrderPriority.High => 0.5 + (random.NextDouble() * 2.5),
            WorkOrderPriority.Normal => 1 + (random.NextDouble() * 7),
            _ => 4 + (random.NextDouble() * 20),
        } * slowness;
        var assignedAt = workOrder.CreatedAt.AddHours(responseHours);
        if (!Advance(now, assignedAt, () => workOrder.Assign(technician.Id, technician.Name, assignedAt)))
        {
            return;
        }

        var startedAt = assignedAt.AddHours(Math.Min(limitHours * 0.1, 0.2 + (random.NextDouble() * 2)));
        if (!Advance(now, startedAt, () => workOrder.Start(startedAt)))
        {
            return;
        }

        var late = random.NextDouble() < lateChance;
        var doneAt = workOrder.CreatedAt.AddHours(limitHours * (late ? 1.05 + (random.NextDouble() * 0.6) : 0.2 + (random.NextDouble() * 0.7)));
        if (doneAt <= startedAt)
        {
            doneAt = startedAt.AddMinutes(30);
        }

        if (random.NextDouble() < 0.12)
        {
            var delayedAt = startedAt.AddHours(0.5 + random.NextDouble());
            var reason = DelayReasons[random.Next(DelayReasons.Length)];
            if (!Advance(now, delayedAt, () => workOrder.Delay(reason, delayedAt)))
            {
                return;
            }

            var resumedAt = delayedAt.AddHours(12 + (random.NextDouble() * 84));
            if (!Advance(now, resumedAt, () => workOrder.Start(resumedAt)))
            {
                return;
            }

            doneAt = doneAt > resumedAt ? doneAt : resumedAt.AddHours(1 + (random.NextDouble() * 3));
        }

        if (!Advance(now, doneAt, () => workOrder.Complete("已修复，现场测试正常", doneAt)))
        {
            return;
        }

        if (random.NextDouble() < 0.045)
        {
            var reopenedAt = doneAt.AddDays(1 + random.Next(0, 4));
            if (!Advance(now, reopenedAt, () => workOrder.Reopen("业主反映问题再次出现", reopenedAt, TimeSpan.FromHours(limitHours))))
            {
                return;
            }

            var restartedAt = reopenedAt.AddHours(1 + (random.NextDouble() * 3));
            doneAt = reopenedAt.AddHours(limitHours * (0.3 + (random.NextDouble() * 0.5)));
            if (doneAt <= restartedAt)
            {
                doneAt = restartedAt.AddMinutes(45);
            }

            if (!Advance(now, restartedAt, () => workOrder.Start(restartedAt))
                || !Advance(now, doneAt, () => workOrder.Complete("彻底更换损坏部件，复测正常", doneAt)))
            {
                return;
            }
        }

        if (random.NextDouble() < 0.7)
        {
            var ratedAt = doneAt.AddHours(4 + (random.NextDouble() * 44));
            var rating = RatingFor(random, late || workOrder.ReopenCount > 0);
            var comments = rating >= 4 ? PleasedComments : UnhappyComments;
            var comment = random.NextDouble() < 0.4 ? comments[random.Next(comments.Length)] : null;
            if (!Advance(now, ratedAt, () => workOrder.Rate(rating, comment, ratedAt)))
            {
                return;
            }

            var closedAt = ratedAt.AddHours(1 + (random.NextDouble() * 6));
            Advance(now, closedAt, () => workOrder.Close(closedAt));
        }
    }

    private async Task SeedProjectsAsync(DemoCompany company, List<Technician> technicians, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await db.Projects.AnyAsync(cancellationToken))
        {
            return;
        }

        var today = CompanyCalendar.DateOf(now, tenant.TimeZone);
        var responsible = technicians[^1];
        var properties = company.Properties;
        Project Plan(int property, string title, int startInDays, int days, decimal cost, string effect) =>
            Project.Plan(
                company.OrganizationId,
                properties[property % properties.Count].Id,
                new ProjectPlan(title, null, responsible.Id, responsible.Name, today.AddDays(startInDays), today.AddDays(startInDays + days), cost, effect),
                now.AddDays(Math.Min(startInDays, 0) - 20));

        var streetLights = Plan(0, "主干道路灯更换为LED路灯", 25, 30, 86_000m, "提高夜间照明度，减少因路灯损坏导致的安全隐患，年节电约30%");
        var elevators = Plan(1, "1号楼电梯更新改造（2台）", 60, 45, 420_000m, "消除老旧电梯困人隐患，降低故障率");
        var garage = Plan(2, "地下车库照明节能改造", -21, 35, 38_000m, "车库照明全部换为感应式LED，照度提升、能耗下降");
        garage.Start(now.AddDays(-21));
        var firePump = Plan(0, "消防水泵维修及控制柜更换", -60, 20, 56_000m, "消防泵自动启动恢复正常，通过消防检测");
        firePump.Start(now.AddDays(-60));
        firePump.Complete(now.AddDays(-38));
        var gates = Plan(1, "单元门禁系统升级为人脸识别", 40, 30, 120_000m, "解决门禁刷卡失灵投诉，提升出入安全");
        db.Projects.AddRange(streetLights, elevators, garage, firePump, gates);

        // Without finance to ask, the request is recorded as unfunded, as the request-funding action would.
        if (!await modules.IsAvailableAsync("finance", cancellationToken))
        {
            gates.FundingUnavailable(gates.EstimatedCost, now.AddDays(-9));
        }
    }

    // Applies a step that happened at a time no later than now; tells whether it did.
    private static bool Advance(DateTimeOffset now, DateTimeOffset at, Action step)
    {
        if (at > now)
        {
            return false;
        }

        step();
        return true;
    }

    private static int AgeShift(int propertyIndex) => (propertyIndex * 7 % 19) - 6;

    private static Facility? FacilityFor(
        WorkOrderCategory category, Guid propertyId, Dictionary<(Guid PropertyId, string Code), Facility> facilities, Random random)
    {
        var code = category switch
        {
            WorkOrderCategory.Elevator => $"EL-0{random.Next(1, 4)}",
            WorkOrderCategory.AccessControl => random.Next(2) == 0 ? "AG-01" : "AG-02",
            WorkOrderCategory.FireSafety => "FE-02",
            _ => null,
        };
        return code is not null && facilities.TryGetValue((propertyId, code), out var facility) ? facility : null;
    }

    private static RepairKind Pick(Random random, int totalWeight)
    {
        var roll = random.Next(totalWeight);
        foreach (var kind in RepairKinds)
        {
            if ((roll -= kind.Weight) < 0)
            {
                return kind;
            }
        }

        return RepairKinds[^1];
    }

    private static WorkOrderPriority PickPriority(Random random, WorkOrderCategory category)
    {
        var roll = random.NextDouble();
        var urgentShare = category is WorkOrderCategory.Elevator or WorkOrderCategory.FireSafety ? 0.2 : 0.06;
        return roll < urgentShare ? WorkOrderPriority.Urgent
            : roll < urgentShare + 0.22 ? WorkOrderPriority.High
            : roll < 0.85 ? WorkOrderPriority.Normal
            : WorkOrderPriority.Low;
    }

    private static WorkOrderSource PickSource(Random random) => random.NextDouble() switch
    {
        < 0.45 => WorkOrderSource.OwnerRequest,
        < 0.7 => WorkOrderSource.CustomerService,
        < 0.9 => WorkOrderSource.Patrol,
        < 0.95 => WorkOrderSource.Inspection,
        _ => WorkOrderSource.Internal,
    };

    private static int RatingFor(Random random, bool troubled)
    {
        var roll = random.NextDouble() + (troubled ? 0.3 : 0);
        return roll switch
        {
            < 0.55 => 5,
            < 0.85 => 4,
            < 0.95 => 3,
            < 1.2 => 2,
            _ => 1,
        };
    }
}
