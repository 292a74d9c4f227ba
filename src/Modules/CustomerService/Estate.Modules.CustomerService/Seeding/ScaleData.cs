using Estate.Modules.CustomerService.Contracts;
using Estate.Modules.CustomerService.Domain;
using Estate.SharedKernel.Seeding;

namespace Estate.Modules.CustomerService.Seeding;

/// <summary>
/// The register of a company at scale (buildings, units, one owner or tenant per unit) and three years of
/// complaints, most closed within the targets, recent ones still open. It runs first and publishes the units
/// for the generators that bill or serve them.
/// </summary>
internal sealed class ScaleData : IScaleDataGenerator
{
    private const int UnitsPerBuilding = 72;
    private const int UnitsPerFloor = 4;

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高"];

    private static readonly string[] GivenNames = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "建华", "志强"];

    private static readonly (ComplaintCategory Category, string Department, string[] Titles)[] Kinds =
    [
        (ComplaintCategory.Repair, "engineering", ["家中漏水影响楼下", "电梯经常故障", "楼道灯长期不亮"]),
        (ComplaintCategory.Cleaning, "cleaning", ["楼道垃圾未及时清理", "小区绿化带有异味", "地库积水未清扫"]),
        (ComplaintCategory.Security, "security", ["陌生人随意进出小区", "夜间巡逻不到位", "快递被盗"]),
        (ComplaintCategory.Noise, "customer-service", ["楼上装修噪音扰民", "广场舞音量过大", "夜间施工噪音"]),
        (ComplaintCategory.Parking, "security", ["车位被占用", "地库乱停车", "访客车辆无处停放"]),
        (ComplaintCategory.Fees, "finance", ["物业费账单有疑问", "缴费后未收到收据", "停车费标准咨询"]),
        (ComplaintCategory.Other, "customer-service", ["建议增加儿童游乐设施", "宠物粪便无人清理", "快递柜不够用"]),
    ];

    public int Order => 0;

    public async Task<IReadOnlyDictionary<string, long>> GenerateAsync(ScaleDataContext context, CancellationToken cancellationToken)
    {
        var random = context.RandomFor("customer-service");
        var units = await WriteRegisterAsync(context, random, cancellationToken);
        context.Units = units;
        var complaints = await WriteComplaintsAsync(context, units, random, cancellationToken);
        return new Dictionary<string, long>
        {
            ["buildings"] = units.Select(u => u.BuildingId).Distinct().Count(),
            ["units"] = units.Count,
            ["owners"] = units.Count,
            ["complaints"] = complaints,
        };
    }

    private static async Task<List<ScaleUnit>> WriteRegisterAsync(ScaleDataContext context, Random random, CancellationToken cancellationToken)
    {
        var registeredAt = context.From.AddDays(-30);
        var buildings = new List<(Guid Id, Guid PropertyId, string Name)>();
        var units = new List<ScaleUnit>(context.Profile.Units);
        var perProperty = (context.Profile.Units + context.Properties.Count - 1) / context.Properties.Count;
        foreach (var property in context.Properties)
        {
            for (var n = 0; n < perProperty && units.Count < context.Profile.Units; n++)
            {
                if (n % UnitsPerBuilding == 0)
                {
                    buildings.Add((ScaleCopy.Id(registeredAt, random), property.Id, $"{(n / UnitsPerBuilding) + 1}号楼"));
                }

                var building = buildings[^1];
                var inBuilding = n % UnitsPerBuilding;
                var number = $"{(inBuilding / (UnitsPerBuilding / 2)) + 1}-{((inBuilding % (UnitsPerBuilding / 2)) / UnitsPerFloor) + 1}{(inBuilding % UnitsPerFloor) + 1:D2}";
                var owner = $"{Surnames[random.Next(Surnames.Length)]}{GivenNames[random.Next(GivenNames.Length)]}";
                units.Add(new ScaleUnit(ScaleCopy.Id(registeredAt, random), property.Id, building.Id, building.Name, number, 60 + random.Next(101), ScaleCopy.Id(registeredAt, random), owner));
            }
        }

        await using (var copy = await ScaleCopy.BeginAsync(context.Connection, "customer_service.buildings", "organization_id, id, property_id, name, floors, created_at", cancellationToken))
        {
            foreach (var building in buildings)
            {
                copy.StartRow();
                copy.WriteId(context.OrganizationId);
                copy.WriteId(building.Id);
                copy.WriteId(building.PropertyId);
                copy.WriteText(building.Name);
                copy.WriteInt(UnitsPerBuilding / 2 / UnitsPerFloor);
                copy.WriteTime(registeredAt);
            }

            await copy.CompleteAsync(cancellationToken);
        }

        await using (var copy = await ScaleCopy.BeginAsync(context.Connection, "customer_service.units", "organization_id, id, property_id, building_id, number, entrance, floor, floor_area, created_at, updated_at", cancellationToken))
        {
            foreach (var unit in units)
            {
                copy.StartRow();
                copy.WriteId(context.OrganizationId);
                copy.WriteId(unit.Id);
                copy.WriteId(unit.PropertyId);
                copy.WriteId(unit.BuildingId);
                copy.WriteText(unit.Number);
                copy.WriteText($"{unit.Number[0]}单元");
                copy.WriteInt(int.Parse(unit.Number[2..^2], System.Globalization.CultureInfo.InvariantCulture));
                copy.WriteMoney(unit.FloorArea);
                copy.WriteTime(registeredAt);
                copy.WriteTime(registeredAt);
            }

            await copy.CompleteAsync(cancellationToken);
        }

        await using (var copy = await ScaleCopy.BeginAsync(context.Connection, "customer_service.owners", "organization_id, id, property_id, unit_id, name, phone, kind, move_in_date, created_at", cancellationToken))
        {
            foreach (var unit in units)
            {
                copy.StartRow();
                copy.WriteId(context.OrganizationId);
                copy.WriteId(unit.OwnerId);
                copy.WriteId(unit.PropertyId);
                copy.WriteId(unit.Id);
                copy.WriteText(unit.OwnerName);
                copy.WriteText($"13{random.Next(100_000_000, 999_999_999)}");
                copy.WriteText((random.Next(10) < 8 ? ResidentKind.Owner : ResidentKind.Tenant).ToString());
                copy.WriteDate(DateOnly.FromDateTime(registeredAt.AddDays(-random.Next(3000)).UtcDateTime));
                copy.WriteTime(registeredAt);
            }

            await copy.CompleteAsync(cancellationToken);
        }

        return units;
    }

    private static async Task<long> WriteComplaintsAsync(ScaleDataContext context, List<ScaleUnit> units, Random random, CancellationToken cancellationToken)
    {
        const string columns =
            "organization_id, id, property_id, number, kind, category, channel, unit_id, owner_id, contact_name, contact_phone, " +
            "title, description, responsible_department, status, opened_at, response_due_at, close_due_at, first_responded_at, " +
            "response_note, resolved_at, resolution_note, closed_at, reopen_count, follow_up_at, follow_up_satisfaction, follow_up_note";
        var count = context.Profile.Complaints;
        var now = context.To;
        await using var copy = await ScaleCopy.BeginAsync(context.Connection, "customer_service.complaints", columns, cancellationToken);
        for (var i = 0; i < count; i++)
        {
            var openedAt = context.Spread(i, count, random);
            var unit = units.Count > 0 ? units[random.Next(units.Count)] : null;
            var kind = Kinds[random.Next(Kinds.Length)];
            var recent = now - openedAt < TimeSpan.FromDays(14);
            var roll = random.Next(100);
            var status = recent
                ? roll switch { < 25 => ComplaintStatus.Open, < 50 => ComplaintStatus.Responded, < 70 => ComplaintStatus.Resolved, _ => ComplaintStatus.Closed }
                : roll switch { 0 => ComplaintStatus.Responded, < 4 => ComplaintStatus.Resolved, _ => ComplaintStatus.Closed };
            var responseDue = openedAt.AddHours(ServiceTargets.DefaultFirstResponseHours);
            var closeDue = openedAt.AddDays(ServiceTargets.DefaultCloseWithinDays);
            var respondedAt = status == ComplaintStatus.Open ? (DateTimeOffset?)null : Min(openedAt.AddMinutes(10 + random.Next(random.Next(10) == 0 ? 2_000 : 600)), now);
            var resolvedAt = status is ComplaintStatus.Resolved or ComplaintStatus.Closed ? Min(respondedAt!.Value.AddHours(1 + random.Next(random.Next(10) == 0 ? 400 : 120)), now) : (DateTimeOffset?)null;
            var closedAt = status == ComplaintStatus.Closed ? Min(resolvedAt!.Value.AddHours(2 + random.Next(48)), now) : (DateTimeOffset?)null;
            var satisfaction = closedAt is null ? (Satisfaction?)null : random.Next(100) switch { < 78 => Satisfaction.Satisfied, < 93 => Satisfaction.Neutral, _ => Satisfaction.Dissatisfied };
            var id = ScaleCopy.Id(openedAt, random);
            var local = TimeZoneInfo.ConvertTime(openedAt, context.TimeZone);

            copy.StartRow();
            copy.WriteId(context.OrganizationId);
            copy.WriteId(id);
            copy.WriteId(unit?.PropertyId ?? context.Properties[random.Next(context.Properties.Count)].Id);
            copy.WriteText($"TS-{local:yyyyMMdd}-{id.ToString("N")[^6..].ToUpperInvariant()}");
            copy.WriteText((kind.Category == ComplaintCategory.Other ? ComplaintKind.Suggestion : random.Next(10) == 0 ? ComplaintKind.Enquiry : ComplaintKind.Complaint).ToString());
            copy.WriteText(kind.Category.ToString());
            copy.WriteText(((ComplaintChannel)random.Next(4)).ToString());
            copy.WriteId(unit?.Id);
            copy.WriteId(unit?.OwnerId);
            copy.WriteText(unit?.OwnerName);
            copy.WriteText(unit is null ? null : $"13{random.Next(100_000_000, 999_999_999)}");
            copy.WriteText(unit is null ? kind.Titles[random.Next(kind.Titles.Length)] : $"{unit.BuildingName}{unit.Number} {kind.Titles[random.Next(kind.Titles.Length)]}");
            copy.WriteText(random.Next(2) == 0 ? "业主来电反映，希望尽快处理" : null);
            copy.WriteText(kind.Department);
            copy.WriteText(status.ToString());
            copy.WriteTime(openedAt);
            copy.WriteTime(responseDue);
            copy.WriteTime(closeDue);
            copy.WriteTime(respondedAt);
            copy.WriteText(respondedAt is null ? null : "已联系业主，安排专人跟进");
            copy.WriteTime(resolvedAt);
            copy.WriteText(resolvedAt is null ? null : "问题已处理，业主确认");
            copy.WriteTime(closedAt);
            copy.WriteInt(0);
            copy.WriteTime(closedAt);
            copy.WriteText(satisfaction?.ToString());
            copy.WriteText(satisfaction == Satisfaction.Dissatisfied ? "处理太慢" : null);
        }

        await copy.CompleteAsync(cancellationToken);
        return count;
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
