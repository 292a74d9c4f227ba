using Estate.Modules.Engineering.Contracts;
using Estate.Modules.Engineering.Domain;
using Estate.SharedKernel.Seeding;

namespace Estate.Modules.Engineering.Seeding;

/// <summary>
/// Three years of repair work orders for a company at scale, oldest first: nearly all of them long closed
/// (a few late, some rated), the last weeks' still moving through the flow, and a small backlog overdue.
/// </summary>
internal sealed class ScaleData : IScaleDataGenerator
{
    private const string Columns =
        "organization_id, id, property_id, number, title, description, category, priority, source, status, " +
        "assignee_user_id, assignee_name, delay_reason, delayed_at, created_at, deadline, warn_at, responded_at, " +
        "assigned_at, started_at, completed_at, closed_at, completion_notes, is_overdue, overdue_since, reopen_count, " +
        "last_reopened_at, reopen_reason, owner_rating, owner_comment, rated_at";

    private static readonly (WorkOrderCategory Category, int Weight, string[] Titles)[] Kinds =
    [
        (WorkOrderCategory.Plumbing, 22, ["厨房下水道堵塞", "卫生间漏水", "水管爆裂", "楼道水表漏水", "地漏返味"]),
        (WorkOrderCategory.Lighting, 20, ["楼道灯不亮", "车库照明损坏", "路灯不亮", "单元门灯闪烁"]),
        (WorkOrderCategory.Civil, 16, ["外墙瓷砖脱落", "小区道路破损", "单元门闭门器损坏", "屋面渗水"]),
        (WorkOrderCategory.AccessControl, 12, ["单元门禁刷卡失灵", "道闸无法抬杆", "可视对讲无声音"]),
        (WorkOrderCategory.Elevator, 12, ["电梯异响", "电梯困人", "电梯门关不严", "电梯按钮失灵"]),
        (WorkOrderCategory.Electrical, 9, ["楼道配电箱跳闸", "地下车库插座无电", "充电桩断电"]),
        (WorkOrderCategory.FireSafety, 5, ["消防栓水压不足", "烟感报警器误报", "应急照明灯不亮"]),
        (WorkOrderCategory.Hvac, 2, ["会所空调不制冷", "物业办公室空调漏水"]),
        (WorkOrderCategory.Other, 2, ["垃圾房门锁损坏", "信报箱损坏"]),
    ];

    private static readonly string[] DelayReasons = ["配件缺货，厂家预计3天到货", "需业主在家配合入户", "等待雨停后施工", "需停水施工，待业主确认时间"];

    private static readonly string[] Comments = ["师傅很专业，处理及时", "修好了，谢谢", "等了比较久", "问题反复出现，希望彻底解决"];

    public async Task<IReadOnlyDictionary<string, long>> GenerateAsync(ScaleDataContext context, CancellationToken cancellationToken)
    {
        var random = context.RandomFor("engineering");
        var staff = context.UsersOf("engineering");
        var totalWeight = Kinds.Sum(k => k.Weight);
        var count = context.Profile.WorkOrders;
        var now = context.To;

        await using var copy = await ScaleCopy.BeginAsync(context.Connection, "engineering.work_orders", Columns, cancellationToken);
        for (var i = 0; i < count; i++)
        {
            var createdAt = context.Spread(i, count, random);
            var kind = Pick(random.Next(totalWeight));
            var priority = random.Next(100) switch
            {
                < 5 => WorkOrderPriority.Urgent,
                < 25 => WorkOrderPriority.High,
                < 85 => WorkOrderPriority.Normal,
                _ => WorkOrderPriority.Low,
            };
            var limit = TimeSpan.FromHours(ResolutionTimeLimits.DefaultHours(priority));
            var deadline = createdAt + limit;
            var age = now - createdAt;
            var status = Status(age, random);
            var assignee = status == WorkOrderStatus.New ? null : staff[random.Next(staff.Count)];
            var respondedAt = assignee is null ? (DateTimeOffset?)null : createdAt.AddMinutes(5 + random.Next(limit > TimeSpan.FromHours(8) ? 240 : 60));
            var startedAt = status is WorkOrderStatus.New or WorkOrderStatus.Assigned ? (DateTimeOffset?)null : respondedAt!.Value.AddMinutes(10 + random.Next(120));
            var late = random.Next(100) < 8;
            DateTimeOffset? completedAt = status is WorkOrderStatus.Done or WorkOrderStatus.Closed
                ? late ? deadline.AddHours(1 + random.Next(48)) : startedAt!.Value + ((deadline - startedAt.Value) * (0.2 + (random.NextDouble() * 0.7)))
                : null;
            if (completedAt > now)
            {
                completedAt = now.AddMinutes(-random.Next(1, 60));
            }

            DateTimeOffset? closedAt = status == WorkOrderStatus.Closed ? Min(completedAt!.Value.AddHours(4 + random.Next(68)), now) : null;
            var waiting = status == WorkOrderStatus.Waiting || (completedAt is not null && random.Next(100) < 6);
            var open = status is not (WorkOrderStatus.Done or WorkOrderStatus.Closed);
            var overdue = open && deadline < now;
            DateTimeOffset? overdueSince = overdue || (completedAt > deadline) ? deadline : null;
            var rated = closedAt is not null && random.Next(100) < 70;
            var rating = rated ? (late ? 2 + random.Next(3) : 4 + random.Next(2)) : (int?)null;
            var reopened = completedAt is not null && random.Next(100) < 2;
            var id = ScaleCopy.Id(createdAt, random);
            var local = TimeZoneInfo.ConvertTime(createdAt, context.TimeZone);

            copy.StartRow();
            copy.WriteId(context.OrganizationId);
            copy.WriteId(id);
            copy.WriteId(context.Properties[random.Next(context.Properties.Count)].Id);
            copy.WriteText($"WO-{local:yyyyMMdd}-{id.ToString("N")[^6..].ToUpperInvariant()}");
            copy.WriteText($"{random.Next(1, 21)}号楼{random.Next(1, 5)}单元 {kind.Titles[random.Next(kind.Titles.Length)]}");
            copy.WriteText(random.Next(3) == 0 ? "业主来电报修，请尽快上门处理" : null);
            copy.WriteText(kind.Category.ToString());
            copy.WriteText(priority.ToString());
            copy.WriteText(((WorkOrderSource)random.Next(5)).ToString());
            copy.WriteText(status.ToString());
            copy.WriteId(assignee?.Id);
            copy.WriteText(assignee?.DisplayName);
            copy.WriteText(waiting ? DelayReasons[random.Next(DelayReasons.Length)] : null);
            copy.WriteTime(waiting ? (startedAt ?? respondedAt)?.AddMinutes(30) : null);
            copy.WriteTime(createdAt);
            copy.WriteTime(deadline);
            copy.WriteTime(createdAt + (limit * (1 - WorkOrder.WarningShareOfAllowedTime)));
            copy.WriteTime(respondedAt);
            copy.WriteTime(respondedAt);
            copy.WriteTime(startedAt);
            copy.WriteTime(completedAt);
            copy.WriteTime(closedAt);
            copy.WriteText(completedAt is null ? null : "已修复，现场清理完毕");
            copy.WriteBool(overdue);
            copy.WriteTime(overdueSince);
            copy.WriteInt(reopened ? 1 : 0);
            copy.WriteTime(reopened ? completedAt!.Value.AddMinutes(-30) : null);
            copy.WriteText(reopened ? "业主反映问题仍然存在" : null);
            copy.WriteInt(rating);
            copy.WriteText(rated && random.Next(3) == 0 ? Comments[(rating >= 4 ? 0 : 2) + random.Next(2)] : null);
            copy.WriteTime(rated ? closedAt : null);
        }

        await copy.CompleteAsync(cancellationToken);
        return new Dictionary<string, long> { ["work_orders"] = count };
    }

    // Older orders are settled; the last weeks' still move through the flow, and a small share never got done.
    private static WorkOrderStatus Status(TimeSpan age, Random random)
    {
        var roll = random.Next(1000);
        if (age > TimeSpan.FromDays(30))
        {
            return roll switch
            {
                < 3 => WorkOrderStatus.Waiting,
                < 5 => WorkOrderStatus.InProgress,
                < 60 => WorkOrderStatus.Done,
                _ => WorkOrderStatus.Closed,
            };
        }

        return roll switch
        {
            < 80 => WorkOrderStatus.New,
            < 180 => WorkOrderStatus.Assigned,
            < 330 => WorkOrderStatus.InProgress,
            < 400 => WorkOrderStatus.Waiting,
            < 650 => WorkOrderStatus.Done,
            _ => WorkOrderStatus.Closed,
        };
    }

    private static (WorkOrderCategory Category, int Weight, string[] Titles) Pick(int roll)
    {
        foreach (var kind in Kinds)
        {
            if (roll < kind.Weight)
            {
                return kind;
            }

            roll -= kind.Weight;
        }

        return Kinds[^1];
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
