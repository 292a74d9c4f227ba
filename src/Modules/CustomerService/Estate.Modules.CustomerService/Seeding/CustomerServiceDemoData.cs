using System.Globalization;
using Estate.Modules.CustomerService.Contracts;
using Estate.Modules.CustomerService.Data;
using Estate.Modules.CustomerService.Domain;
using Estate.Modules.CustomerService.Features.Complaints;
using Estate.Modules.CustomerService.Features.Owners;
using Estate.Modules.CustomerService.Features.Units;
using Estate.SharedKernel.Modules;
using Estate.SharedKernel.Seeding;
using Estate.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.CustomerService.Seeding;

/// <summary>
/// Buildings, units and owners of the demo properties, four months of complaints with their handling, two
/// quarterly surveys per property (so the rate has a trend) and notices, all dated relative to now. The same
/// seed gives the same company every time; nothing is added when buildings already exist.
/// </summary>
internal sealed class CustomerServiceDemoData(CustomerServiceDbContext db, IModuleAvailability modules, ITenantContext tenant, TimeProvider clock)
    : IDemoDataSeeder
{
    private const int HistoryDays = 120;
    private const int BuildingsPerProperty = 3;
    private const int Entrances = 2;
    private const int Floors = 11;

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋"];
    private static readonly string[] GivenNames =
        ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "华", "建国", "志强", "海燕", "桂英", "晓东", "雪梅", "国平", "文博", "子涵"];
    private static readonly string[] MobilePrefixes = ["38", "39", "36", "58", "86", "35"];
    private static readonly decimal[] Areas = [89.52m, 118.36m, 143.80m, 76.25m];

    private static readonly (ComplaintCategory Category, int Weight, string[] Titles)[] Topics =
    [
        (ComplaintCategory.Repair, 30, ["卫生间天花板渗水", "电梯异响", "楼道灯不亮", "入户门门锁损坏", "厨房下水堵塞", "外墙瓷砖脱落"]),
        (ComplaintCategory.Cleaning, 15, ["垃圾桶满溢未及时清运", "楼道有小广告", "地下车库卫生差", "绿化带有建筑垃圾"]),
        (ComplaintCategory.Noise, 12, ["楼上装修噪音超时", "广场舞音量过大", "夜间施工扰民"]),
        (ComplaintCategory.Parking, 15, ["车位被占用", "外来车辆乱停", "车库道闸识别慢", "充电桩不够用"]),
        (ComplaintCategory.Security, 8, ["单元门禁失灵", "陌生人尾随进入", "快递被盗"]),
        (ComplaintCategory.Fees, 10, ["物业费账单有疑问", "停车费收费标准咨询", "公摊水电费偏高"]),
        (ComplaintCategory.Other, 10, ["建议增加儿童游乐设施", "咨询装修审批流程", "建议延长会所开放时间"]),
    ];

    public async Task SeedAsync(DemoCompany company, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(company);
        if (company.Properties.Count == 0 || await db.Buildings.AnyAsync(cancellationToken))
        {
            return;
        }

        var random = new Random(20261130);
        var now = clock.StoredNow();
        var units = new List<(Unit Unit, List<Owner> Residents)>();
        foreach (var property in company.Properties)
        {
            units.AddRange(AddBuildingsUnitsAndOwners(company.OrganizationId, property.Id, now.AddDays(-400), random));
        }

        var targets = await db.TargetsOfAsync(company.OrganizationId, cancellationToken);
        var departments = new Dictionary<string, bool>();
        foreach (var department in Topics.Select(t => Departments.For(t.Category)).Distinct())
        {
            departments[department] = department == Departments.CustomerService || await modules.IsAvailableAsync(department, cancellationToken);
        }

        AddComplaints(company.OrganizationId, units, targets, departments, now, random);
        foreach (var property in company.Properties)
        {
            AddSurveys(company.OrganizationId, property.Id, [.. units.Where(u => u.Unit.PropertyId == property.Id).Select(u => u.Unit)], now, random);
            AddNotices(company.OrganizationId, property.Id, units, now);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private List<(Unit, List<Owner>)> AddBuildingsUnitsAndOwners(Guid organizationId, Guid propertyId, DateTimeOffset createdAt, Random random)
    {
        var units = new List<(Unit, List<Owner>)>();
        for (var b = 1; b <= BuildingsPerProperty; b++)
        {
            var building = Building.Create(organizationId, propertyId, $"{b}栋", Floors + 1, createdAt);
            db.Buildings.Add(building);
            for (var entrance = 1; entrance <= Entrances; entrance++)
            {
                for (var floor = 2; floor <= Floors + 1; floor++)
                {
                    for (var room = 1; room <= 2; room++)
                    {
                        var unit = Unit.Create(
                            organizationId, propertyId, building.Id, string.Create(CultureInfo.InvariantCulture, $"{entrance}-{floor}{room:00}"),
                            $"{entrance}单元", floor, Areas[((entrance - 1) * 2) + room - 1], createdAt);
                        db.Units.Add(unit);
                        db.Publish(UnitEvents.Changed(unit, building.Name));
                        units.Add((unit, AddResidents(organizationId, unit, createdAt, random)));
                    }
                }
            }
        }

        return units;
    }

    // Nine in ten units have an owner on record; some of those are let to a tenant.
    private List<Owner> AddResidents(Guid organizationId, Unit unit, DateTimeOffset createdAt, Random random)
    {
        var residents = new List<Owner>();
        if (random.Next(10) == 0)
        {
            return residents;
        }

        var moveIn = new DateOnly(2014 + random.Next(11), 1 + random.Next(12), 1 + random.Next(28));
        residents.Add(Owner.Create(organizationId, unit.PropertyId, unit.Id, Name(random), Phone(random), ResidentKind.Owner, moveIn, createdAt));
        if (random.Next(7) == 0)
        {
            residents.Add(Owner.Create(organizationId, unit.PropertyId, unit.Id, Name(random), Phone(random), ResidentKind.Tenant, new DateOnly(2022 + random.Next(4), 1 + random.Next(12), 1 + random.Next(28)), createdAt));
        }

        foreach (var resident in residents.DistinctBy(r => r.Name))
        {
            db.Owners.Add(resident);
            db.Publish(OwnerEvents.Changed(resident));
        }

        return [.. residents.DistinctBy(r => r.Name)];
    }

    private void AddComplaints(
        Guid organizationId, List<(Unit Unit, List<Owner> Residents)> units, ServiceTargets targets, Dictionary<string, bool> departments, DateTimeOffset now, Random random)
    {
        var channels = new[] { ComplaintChannel.Phone, ComplaintChannel.Phone, ComplaintChannel.Hotline, ComplaintChannel.Hotline, ComplaintChannel.WalkIn, ComplaintChannel.Online };
        var count = HistoryDays * 5 / 4;
        for (var i = 0; i < count; i++)
        {
            var (unit, residents) = units[random.Next(units.Count)];
            var topic = Pick(random);
            var kind = topic.Category == ComplaintCategory.Other ? (random.Next(2) == 0 ? ComplaintKind.Suggestion : ComplaintKind.Enquiry)
                : topic.Category == ComplaintCategory.Fees ? ComplaintKind.Enquiry : ComplaintKind.Complaint;
            var opened = now.AddHours(-random.Next(2, HistoryDays * 24));
            var department = Departments.For(topic.Category);
            var owner = residents.FirstOrDefault();
            var complaint = Complaint.Open(
                organizationId, unit.PropertyId, kind, topic.Category, channels[random.Next(channels.Length)], unit.Id, owner?.Id, owner?.Name, owner?.Phone,
                topic.Titles[random.Next(topic.Titles.Length)], null,
                departments.GetValueOrDefault(department) ? department : Departments.CustomerService, targets, opened, tenant.TimeZone);
            Handle(complaint, opened, now, random);
            db.Complaints.Add(complaint);
            db.Publish(new ComplaintOpened(organizationId, complaint.Id, complaint.PropertyId, complaint.Kind, complaint.Category, complaint.Channel, complaint.ResponsibleDepartment, opened));
        }
    }

    // Most are answered within a few hours and settled within days; about one in ten is answered late and some run past a week.
    private static void Handle(Complaint complaint, DateTimeOffset opened, DateTimeOffset now, Random random)
    {
        var responded = opened.AddHours(random.Next(10) == 0 ? 26 + random.Next(30) : 0.5 + (random.NextDouble() * 9));
        if (responded > now)
        {
            return;
        }

        complaint.Respond("已联系业主，安排相关部门跟进处理。", responded);
        var resolved = responded.AddHours(random.Next(8) == 0 ? 24 * (8 + random.Next(5)) : 4 + random.Next(96));
        if (resolved > now || random.Next(25) == 0)
        {
            return;
        }

        complaint.Resolve("问题已处理，业主确认。", resolved);
        if (random.Next(10) < 7 && resolved.AddDays(1) < now)
        {
            var roll = random.Next(100);
            complaint.RecordFollowUp(roll < 78 ? Satisfaction.Satisfied : roll < 93 ? Satisfaction.Neutral : Satisfaction.Dissatisfied, null, resolved.AddDays(1));
        }

        var closed = resolved.AddHours(6 + random.Next(30));
        if (closed < now)
        {
            complaint.Close(closed);
        }
    }

    // Two quarters: the earlier one a little lower, so the rate shows a trend.
    private void AddSurveys(Guid organizationId, Guid propertyId, List<Unit> units, DateTimeOffset now, Random random)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, tenant.TimeZone).DateTime);
        var quarterStart = new DateOnly(today.Year, (((today.Month - 1) / 3) * 3) + 1, 1);
        for (var q = 2; q >= 1; q--)
        {
            var start = quarterStart.AddMonths(-3 * q);
            var end = start.AddMonths(3).AddDays(-1);
            var quarter = string.Create(CultureInfo.InvariantCulture, $"{start.Year}年第{((start.Month - 1) / 3) + 1}季度业主满意度调查");
            var answeredAt = new DateTimeOffset(end.ToDateTime(TimeOnly.MinValue), tenant.TimeZone.GetUtcOffset(end.ToDateTime(TimeOnly.MinValue))).ToUniversalTime();
            var survey = SatisfactionSurvey.Create(organizationId, propertyId, quarter, start, end, answeredAt);
            db.Surveys.Add(survey);
            // Six in ten units answer; the share satisfied is set exactly, so the trend does not hang on chance.
            var responding = units.Where(_ => random.Next(10) < 6).OrderBy(_ => random.Next()).ToList();
            var satisfied = (int)Math.Round(responding.Count * (q == 2 ? 0.80 + (random.Next(4) / 100.0) : 0.89 + (random.Next(5) / 100.0)));
            foreach (var (unit, i) in responding.Select((unit, i) => (unit, i)))
            {
                var score = i < satisfied ? 4 + random.Next(2) : 1 + random.Next(3);
                var answer = score >= 4 ? Satisfaction.Satisfied : score == 3 ? Satisfaction.Neutral : Satisfaction.Dissatisfied;
                // A third of the answers were ticked as a word on the paper form rather than as a score.
                db.SurveyResponses.Add(random.Next(3) == 0
                    ? SurveyResponse.Create(organizationId, survey.Id, unit.Id, null, answer, answeredAt)
                    : SurveyResponse.Create(organizationId, survey.Id, unit.Id, score, null, answeredAt));
            }
        }
    }

    private void AddNotices(Guid organizationId, Guid propertyId, List<(Unit Unit, List<Owner> Residents)> units, DateTimeOffset now)
    {
        var buildings = db.Buildings.Local.Where(b => b.PropertyId == propertyId).OrderBy(b => b.Name, StringComparer.Ordinal).ToList();
        var notices = new (NoticeKind Kind, string Title, string Body, Building? Only, int DaysAgo, bool Send)[]
        {
            (NoticeKind.Outage, "计划停水通知", "因市政管网检修，本周六 9:00–15:00 小区停水，请提前储水。", null, 20, true),
            (NoticeKind.Delay, "电梯维修延期通知", $"{buildings[0].Name}电梯更换配件因厂家缺货延期，预计下周三恢复运行，给您带来不便敬请谅解。", buildings[0], 6, true),
            (NoticeKind.Event, "中秋游园活动邀请", "中秋节当晚 19:00 在中心广场举办游园活动，欢迎业主参加。", null, 45, true),
            (NoticeKind.General, "电动车充电安全提示", "请勿将电动车推入楼道或家中充电，请使用小区集中充电桩。", null, 1, false),
        };
        foreach (var (kind, title, body, only, daysAgo, send) in notices)
        {
            var notice = Notice.Draft(organizationId, propertyId, kind, title, body, only is null ? [] : [only.Id], now.AddDays(-daysAgo));
            db.Notices.Add(notice);
            if (!send)
            {
                continue;
            }

            var recipients = units.Where(u => u.Unit.PropertyId == propertyId && (only is null || u.Unit.BuildingId == only.Id)).SelectMany(u => u.Residents).ToList();
            notice.MarkSent(recipients.Count, now.AddDays(-daysAgo).AddHours(1));
            db.NoticeRecipients.AddRange(recipients.Select(r => new NoticeRecipient(organizationId, Guid.CreateVersion7(), notice.Id, r.Id, r.UnitId, r.Name, r.Phone, r.Kind)));
        }
    }

    private static (ComplaintCategory Category, int Weight, string[] Titles) Pick(Random random)
    {
        var roll = random.Next(Topics.Sum(t => t.Weight));
        foreach (var topic in Topics)
        {
            if ((roll -= topic.Weight) < 0)
            {
                return topic;
            }
        }

        return Topics[^1];
    }

    private static string Name(Random random) => Surnames[random.Next(Surnames.Length)] + GivenNames[random.Next(GivenNames.Length)];

    private static string Phone(Random random) =>
        string.Create(CultureInfo.InvariantCulture, $"1{MobilePrefixes[random.Next(MobilePrefixes.Length)]}{random.Next(10_000_000, 99_999_999)}");
}
