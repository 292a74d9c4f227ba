using Estate.Modules.Cleaning.Domain;
using Estate.SharedKernel.Seeding;

namespace Estate.Modules.Cleaning.Seeding;

/// <summary>
/// Cleaning of a company at scale: four zones per property, each with a daily schedule, and the daily tasks of
/// the most recent days up to today — mostly done (some inspected), a few failed or missed, today's pending.
/// </summary>
internal sealed class ScaleData : IScaleDataGenerator
{
    private static readonly (string Name, ZoneKind Kind, string Task)[] Zones =
    [
        ("大堂", ZoneKind.Lobby, "大堂地面清洁、玻璃门擦拭"),
        ("楼梯间", ZoneKind.Stairwell, "楼梯扶手擦拭、台阶清扫"),
        ("地下车库", ZoneKind.Garage, "车库地面清扫、垃圾清运"),
        ("中心花园", ZoneKind.GreenArea, "绿化带捡拾垃圾、步道清扫"),
    ];

    public async Task<IReadOnlyDictionary<string, long>> GenerateAsync(ScaleDataContext context, CancellationToken cancellationToken)
    {
        var random = context.RandomFor("cleaning");
        var createdAt = context.From.AddDays(-30);
        var zones = context.Properties
            .SelectMany(p => Zones.Select(z => (Property: p.Id, Zone: z, ZoneId: ScaleCopy.Id(createdAt, random), ScheduleId: ScaleCopy.Id(createdAt, random))))
            .ToList();

        await using (var copy = await ScaleCopy.BeginAsync(context.Connection, "cleaning.zones", "organization_id, id, property_id, name, kind, description, created_at", cancellationToken))
        {
            foreach (var zone in zones)
            {
                copy.StartRow();
                copy.WriteId(context.OrganizationId);
                copy.WriteId(zone.ZoneId);
                copy.WriteId(zone.Property);
                copy.WriteText(zone.Zone.Name);
                copy.WriteText(zone.Zone.Kind.ToString());
                copy.WriteText(null);
                copy.WriteTime(createdAt);
            }

            await copy.CompleteAsync(cancellationToken);
        }

        var localToday = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(context.To, context.TimeZone).DateTime);
        var days = (context.Profile.CleaningTasks + zones.Count - 1) / zones.Count;
        var firstDay = localToday.AddDays(-days + 1);
        await using (var copy = await ScaleCopy.BeginAsync(context.Connection, "cleaning.schedules", "organization_id, id, property_id, zone_id, task, frequency, weekday_mask, interval_days, starts_on, window_start, window_end, is_active, created_at", cancellationToken))
        {
            foreach (var zone in zones)
            {
                copy.StartRow();
                copy.WriteId(context.OrganizationId);
                copy.WriteId(zone.ScheduleId);
                copy.WriteId(zone.Property);
                copy.WriteId(zone.ZoneId);
                copy.WriteText(zone.Zone.Task);
                copy.WriteText(nameof(ScheduleFrequency.Daily));
                copy.WriteInt(0);
                copy.WriteInt(null);
                copy.WriteDate(firstDay);
                copy.Write(new TimeOnly(8, 0), NpgsqlTypes.NpgsqlDbType.Time);
                copy.Write(new TimeOnly(10, 0), NpgsqlTypes.NpgsqlDbType.Time);
                copy.WriteBool(true);
                copy.WriteTime(createdAt);
            }

            await copy.CompleteAsync(cancellationToken);
        }

        var cleaners = context.UsersOf("cleaning");
        long tasks = 0;
        await using (var copy = await ScaleCopy.BeginAsync(context.Connection, "cleaning.tasks", "organization_id, id, property_id, schedule_id, zone_id, date, description, window_start, window_end, status, completed_by_user_id, completed_by_name, completed_at, completion_note, redo_count, missed_at, created_at", cancellationToken))
        {
            for (var day = firstDay; day <= localToday && tasks < context.Profile.CleaningTasks; day = day.AddDays(1))
            {
                var local = day.ToDateTime(new TimeOnly(8, 0));
                var windowStart = new DateTimeOffset(local, context.TimeZone.GetUtcOffset(local)).ToUniversalTime();
                var windowEnd = windowStart.AddHours(2);
                foreach (var zone in zones)
                {
                    if (tasks++ >= context.Profile.CleaningTasks)
                    {
                        break;
                    }

                    var status = windowEnd > context.To
                        ? CleaningTaskStatus.Pending
                        : random.Next(100) switch { < 70 => CleaningTaskStatus.Done, < 90 => CleaningTaskStatus.Passed, < 93 => CleaningTaskStatus.Failed, _ => CleaningTaskStatus.Missed };
                    var completed = status is CleaningTaskStatus.Done or CleaningTaskStatus.Passed or CleaningTaskStatus.Failed;
                    var cleaner = cleaners[random.Next(cleaners.Count)];
                    copy.StartRow();
                    copy.WriteId(context.OrganizationId);
                    copy.WriteId(ScaleCopy.Id(windowStart, random));
                    copy.WriteId(zone.Property);
                    copy.WriteId(zone.ScheduleId);
                    copy.WriteId(zone.ZoneId);
                    copy.WriteDate(day);
                    copy.WriteText(zone.Zone.Task);
                    copy.WriteTime(windowStart);
                    copy.WriteTime(windowEnd);
                    copy.WriteText(status.ToString());
                    copy.WriteId(completed ? cleaner.Id : null);
                    copy.WriteText(completed ? cleaner.DisplayName : null);
                    copy.WriteTime(completed ? windowStart.AddMinutes(30 + random.Next(80)) : null);
                    copy.WriteText(null);
                    copy.WriteInt(status == CleaningTaskStatus.Failed ? 1 : 0);
                    copy.WriteTime(status == CleaningTaskStatus.Missed ? windowEnd : null);
                    copy.WriteTime(windowStart.AddHours(-8));
                }
            }

            await copy.CompleteAsync(cancellationToken);
        }

        return new Dictionary<string, long> { ["zones"] = zones.Count, ["schedules"] = zones.Count, ["tasks"] = Math.Min(tasks, context.Profile.CleaningTasks) };
    }
}
