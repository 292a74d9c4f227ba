using Estate.Modules.Cleaning.Data;
using Estate.Modules.Cleaning.Domain;
using Estate.Modules.Cleaning.Jobs;
using Estate.SharedKernel.Security;
using Estate.SharedKernel.Seeding;
using Estate.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Cleaning.Seeding;

/// <summary>
/// Three months of cleaning for the demo company, dated relative to now: zones and schedules, their tasks (mostly
/// done, some missed, some inspected with a few fails), the garbage collection log (a few late or missed), dead
/// corners and supply purchases with an eco-friendly share near half. The same seed gives the same history.
/// </summary>
/// <remarks>
/// Dead corners that need engineering are left waiting for a referral rather than opening work orders here:
/// engineering's demo data is only added while it has no work orders at all, and cleaning is seeded first.
/// </remarks>
internal sealed class CleaningDemoData(
    CleaningDbContext db,
    ITenantContext tenant,
    TimeProvider clock,
    GenerateCleaningTasks generateTasks,
    MarkMissedCleaningTasks markMissedTasks,
    MarkMissedCollections markMissedCollections) : IDemoDataSeeder
{
    private const int HistoryDays = 90;

    private sealed record DemoZone(string Name, ZoneKind Kind, string Description);

    private sealed record DemoSchedule(string Zone, string Task, ScheduleFrequency Frequency, DayOfWeek[] Weekdays, int? IntervalDays, TimeOnly Start, TimeOnly End);

    private sealed record DemoPoint(string Name, string Location, TimeOnly Time);

    private sealed record DemoDeadCorner(int Property, string Place, string Description, EngineeringNeed? Need, int DaysAgo, DeadCornerStatus Status, string? Resolution = null);

    private sealed record DemoPurchase(int Property, string Item, decimal Quantity, string Unit, decimal UnitCost, string Supplier, int DaysAgo, bool Eco);

    private static readonly DemoZone[] Zones =
    [
        new("大堂", ZoneKind.Lobby, "各楼栋一楼大堂及信报箱区域"),
        new("楼梯间", ZoneKind.Stairwell, "1–6号楼消防楼梯及扶手"),
        new("地下车库", ZoneKind.Garage, "B1、B2层车库地面与排水沟"),
        new("中心绿地", ZoneKind.GreenArea, "中心花园、儿童乐园周边绿化带"),
        new("小区主干道", ZoneKind.Road, "南门至北门主干道及人行道"),
    ];

    private static readonly DemoSchedule[] Schedules =
    [
        new("大堂", "大堂地面清扫拖洗、玻璃门擦拭", ScheduleFrequency.Daily, [], null, new(7, 0), new(9, 0)),
        new("大堂", "大堂午后巡回保洁", ScheduleFrequency.Daily, [], null, new(14, 0), new(15, 0)),
        new("楼梯间", "楼梯台阶清扫、扶手擦拭", ScheduleFrequency.Weekdays, [DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday], null, new(9, 0), new(11, 30)),
        new("地下车库", "车库地面清扫、油污处理", ScheduleFrequency.EveryNDays, [], 3, new(10, 0), new(12, 0)),
        new("中心绿地", "绿地捡拾垃圾、清理落叶", ScheduleFrequency.Daily, [], null, new(15, 0), new(17, 0)),
        new("小区主干道", "主干道清扫", ScheduleFrequency.Daily, [], null, new(6, 0), new(7, 30)),
    ];

    private static readonly DemoPoint[] Points =
    [
        new("1号垃圾房", "1号楼北侧", new(7, 30)),
        new("东门垃圾中转站", "东门外侧", new(19, 0)),
    ];

    private static readonly DemoDeadCorner[] DeadCorners =
    [
        new(0, "地下车库B区排水沟", "排水沟内长期积存油泥，普通工具无法清除，需要疏通并加装沉泥井", EngineeringNeed.BuildingWork, 12, DeadCornerStatus.Open),
        new(0, "3号楼楼梯间顶部", "顶部高处蛛网、积灰，需高空作业平台", EngineeringNeed.SpecialTools, 20, DeadCornerStatus.InProgress),
        new(1, "中心花园假山石缝", "石缝中烟头、塑料袋堆积，长柄夹够不到", null, 8, DeadCornerStatus.InProgress),
        new(1, "5号楼电梯井底坑", "井底积水和垃圾，需电梯维保单位配合停梯清理", EngineeringNeed.SpecialTools, 30, DeadCornerStatus.Open),
        new(2, "地下室垃圾房墙角", "墙角霉斑反复出现，异味明显", null, 45, DeadCornerStatus.Resolved, "已用防霉剂处理并加装排风扇"),
        new(2, "东门绿化带", "绿化带内积存落叶和外卖包装", null, 60, DeadCornerStatus.Resolved, "组织专项清理，增设垃圾桶一个"),
        new(2, "7号楼屋顶天台排水口", "天台排水口堵塞，落叶淤积，雨后积水", EngineeringNeed.BuildingWork, 5, DeadCornerStatus.Open),
    ];

    private const string CleanSupplier = "上海洁诚清洁用品有限公司";
    private const string GreenSupplier = "绿源环保科技有限公司";
    private const string Market = "明辉日用品商行";

    private static readonly DemoPurchase[] Purchases =
    [
        new(0, "环保型多功能清洁剂 (5L)", 10, "桶", 68.00m, GreenSupplier, 85, true),
        new(0, "84消毒液 (5L)", 12, "桶", 35.00m, CleanSupplier, 84, false),
        new(1, "可降解垃圾袋 (大号)", 60, "卷", 12.50m, GreenSupplier, 80, true),
        new(2, "普通塑料垃圾袋 (大号)", 80, "卷", 6.00m, Market, 78, false),
        new(1, "洁厕灵", 40, "瓶", 9.50m, CleanSupplier, 70, false),
        new(2, "生物酶除臭剂", 15, "瓶", 45.00m, GreenSupplier, 66, true),
        new(0, "玻璃清洁剂", 30, "瓶", 15.00m, CleanSupplier, 60, false),
        new(0, "棉线拖把", 20, "把", 25.00m, Market, 55, false),
        new(1, "超细纤维抹布", 100, "条", 6.80m, GreenSupplier, 50, true),
        new(2, "不锈钢光亮剂", 10, "瓶", 38.00m, CleanSupplier, 47, false),
        new(2, "植物基洗手液 (500ml)", 24, "瓶", 28.00m, GreenSupplier, 40, true),
        new(0, "可降解垃圾袋 (大号)", 60, "卷", 12.50m, GreenSupplier, 35, true),
        new(1, "84消毒液 (5L)", 10, "桶", 35.00m, CleanSupplier, 31, false),
        new(2, "环保型多功能清洁剂 (5L)", 8, "桶", 68.00m, GreenSupplier, 26, true),
        new(0, "洁厕灵", 36, "瓶", 9.50m, CleanSupplier, 21, false),
        new(1, "地面蜡水", 6, "桶", 120.00m, CleanSupplier, 18, false),
        new(0, "生物酶除臭剂", 12, "瓶", 45.00m, GreenSupplier, 12, true),
        new(2, "普通塑料垃圾袋 (大号)", 70, "卷", 6.00m, Market, 9, false),
        new(1, "可降解垃圾袋 (大号)", 50, "卷", 12.50m, GreenSupplier, 6, true),
        new(0, "玻璃清洁剂", 24, "瓶", 15.00m, CleanSupplier, 3, false),
    ];

    public async Task SeedAsync(DemoCompany company, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(company);
        var cleaner = company.Users.FirstOrDefault(u => u.Department == CleaningModule.Department && u.Role == PlatformRoles.Staff) ?? (company.Users.Count > 0 ? company.Users[0] : null);
        var head = company.Users.FirstOrDefault(u => u.Department == CleaningModule.Department && u.Role == PlatformRoles.DepartmentHead) ?? cleaner;
        if (company.Properties.Count == 0 || cleaner is null || head is null || await db.Zones.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow();
        var zone = tenant.TimeZone;
        var today = CompanyCalendar.DateOf(now, zone);
        var firstDay = today.AddDays(-HistoryDays);
        var random = new Random(20261130);

        AddZonesAndSchedules(company, now, firstDay);
        var points = AddCollectionPoints(company, now, firstDay);
        await db.SaveChangesAsync(cancellationToken);

        await generateTasks.GenerateAsync(firstDay, today.AddDays(GenerateCleaningTasks.DaysAhead), cancellationToken);
        await WorkThroughPastTasksAsync(cleaner, head, now, random, cancellationToken);
        LogCollections(points, cleaner, firstDay, today, now, random);
        AddDeadCorners(company, cleaner, now);
        AddPurchases(company, head, today, now);
        await db.SaveChangesAsync(cancellationToken);

        await markMissedTasks.RunAsync(cancellationToken);
        await markMissedCollections.MarkAsync(firstDay, today.AddDays(-1), cancellationToken);
    }

    private void AddZonesAndSchedules(DemoCompany company, DateTimeOffset now, DateOnly firstDay)
    {
        foreach (var property in company.Properties)
        {
            var zoneIds = new Dictionary<string, Guid>();
            foreach (var z in Zones)
            {
                var cleaningZone = new CleaningZone(company.OrganizationId, Guid.CreateVersion7(now), property.Id, z.Name, z.Kind, z.Description, now.AddDays(-HistoryDays));
                db.Zones.Add(cleaningZone);
                zoneIds[z.Name] = cleaningZone.Id;
            }

            foreach (var s in Schedules)
            {
                db.Schedules.Add(CleaningSchedule.Create(
                    company.OrganizationId, property.Id, zoneIds[s.Zone], s.Task, new Recurrence(s.Frequency, s.Weekdays, s.IntervalDays), firstDay, s.Start, s.End, now));
            }
        }
    }

    private List<CollectionPoint> AddCollectionPoints(DemoCompany company, DateTimeOffset now, DateOnly firstDay)
    {
        var points = new List<CollectionPoint>();
        foreach (var property in company.Properties)
        {
            foreach (var p in Points)
            {
                var point = new CollectionPoint(company.OrganizationId, Guid.CreateVersion7(now), property.Id, p.Name, p.Location, p.Time, firstDay, now.AddDays(-HistoryDays));
                db.CollectionPoints.Add(point);
                points.Add(point);
            }
        }

        return points;
    }

    // About 94 % done in their window, the rest left for the missed-task job; a third of the done ones inspected,
    // one in ten of those failed, and most failures redone and passed.
    private async Task WorkThroughPastTasksAsync(DemoUser cleaner, DemoUser head, DateTimeOffset now, Random random, CancellationToken cancellationToken)
    {
        var past = await db.Tasks.Where(t => t.WindowEnd < now).OrderBy(t => t.WindowStart).ToListAsync(cancellationToken);
        foreach (var task in past)
        {
            if (random.NextDouble() < 0.06)
            {
                continue;
            }

            var window = task.WindowEnd - task.WindowStart;
            var completedAt = task.WindowStart + (window * (0.3 + (random.NextDouble() * 0.6)));
            task.Complete(cleaner.Id, cleaner.DisplayName, null, completedAt, task.Date);
            if (random.NextDouble() >= 0.35)
            {
                continue;
            }

            var inspectedAt = completedAt.AddMinutes(30 + random.Next(120));
            if (random.NextDouble() >= 0.1)
            {
                db.TaskInspections.Add(task.Inspect(true, null, head.Id, head.DisplayName, inspectedAt));
                continue;
            }

            db.TaskInspections.Add(task.Inspect(false, FailureNotes[random.Next(FailureNotes.Length)], head.Id, head.DisplayName, inspectedAt));
            if (random.NextDouble() < 0.7 && inspectedAt.AddHours(3) < now)
            {
                task.Complete(cleaner.Id, cleaner.DisplayName, "已按检查意见返工", inspectedAt.AddHours(1), task.Date);
                db.TaskInspections.Add(task.Inspect(true, "返工后合格", head.Id, head.DisplayName, inspectedAt.AddHours(2)));
            }
        }
    }

    private static readonly string[] FailureNotes =
    [
        "大堂玻璃门有明显手印",
        "楼梯转角处仍有积灰",
        "地面有水渍未拖干",
        "绿地内仍有烟头和纸屑",
        "垃圾桶周边有污渍未清理",
    ];

    // Mostly on time, about one in nine late, about one in twenty-five never logged (the missed-collection job marks those).
    private void LogCollections(List<CollectionPoint> points, DemoUser cleaner, DateOnly firstDay, DateOnly today, DateTimeOffset now, Random random)
    {
        var tolerance = TimeSpan.FromMinutes(CleaningSettings.DefaultCollectionToleranceMinutes);
        foreach (var point in points)
        {
            for (var day = firstDay; day < today; day = day.AddDays(1))
            {
                var roll = random.NextDouble();
                if (roll < 0.04)
                {
                    continue;
                }

                var collection = GarbageCollection.ForDay(point, day, tenant.TimeZone, now);
                var offset = roll < 0.15 ? 35 + random.Next(90) : random.Next(-10, 25);
                collection.Record(collection.ScheduledAt.AddMinutes(offset), tolerance, cleaner.Id, cleaner.DisplayName, roll < 0.15 ? "清运车辆晚到" : null);
                db.GarbageCollections.Add(collection);
            }
        }
    }

    private void AddDeadCorners(DemoCompany company, DemoUser cleaner, DateTimeOffset now)
    {
        foreach (var d in DeadCorners)
        {
            var reportedAt = now.AddDays(-d.DaysAgo).AddHours(-3);
            var property = company.Properties[d.Property % company.Properties.Count];
            var deadCorner = DeadCorner.Report(company.OrganizationId, property.Id, d.Place, d.Description, null, d.Need, cleaner.Id, cleaner.DisplayName, reportedAt);
            if (d.Status != DeadCornerStatus.Open)
            {
                deadCorner.Start(reportedAt.AddDays(1));
            }

            if (d.Status == DeadCornerStatus.Resolved)
            {
                deadCorner.Resolve(d.Resolution!, reportedAt.AddDays(3));
            }

            db.DeadCorners.Add(deadCorner);
        }
    }

    private void AddPurchases(DemoCompany company, DemoUser head, DateOnly today, DateTimeOffset now)
    {
        foreach (var p in Purchases)
        {
            var property = company.Properties[p.Property % company.Properties.Count];
            db.SupplyPurchases.Add(SupplyPurchase.Record(
                company.OrganizationId, property.Id, p.Item, p.Quantity, p.Unit, p.UnitCost, p.Supplier, today.AddDays(-p.DaysAgo), p.Eco, null, head.Id, now.AddDays(-p.DaysAgo)));
        }
    }
}
