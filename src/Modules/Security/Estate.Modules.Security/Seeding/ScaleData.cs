using Estate.Modules.Security.Domain;
using Estate.SharedKernel.Seeding;
using NpgsqlTypes;

namespace Estate.Modules.Security.Seeding;

/// <summary>
/// Patrols of a company at scale: two routes of five checkpoints per property, a daily plan for each, and three
/// years of patrol tasks with their checkpoints and guards' check-ins — mostly complete and on time, some late,
/// a few patrols incomplete or never walked. Tasks, task checkpoints and check-ins are three COPY passes
/// replaying the same seeded choices, so nothing is held in memory.
/// </summary>
internal sealed class ScaleData : IScaleDataGenerator
{
    private const int CheckpointsPerRoute = 5;
    private const int ExpectedMinutes = 50;

    private static readonly string[] RouteNames = ["日间巡逻路线", "夜间巡逻路线"];

    private static readonly string[] PlaceNames = ["东门岗亭", "地下车库入口", "3号楼消防通道", "中心花园", "西门围墙"];

    private static readonly TimeOnly[] StartTimes = [new(8, 0), new(14, 0), new(20, 0), new(2, 0)];

    private enum Pass
    {
        Tasks,
        TaskCheckpoints,
        CheckIns,
    }

    private sealed record Route(Guid Id, Guid PlanId, Guid PropertyId, string Name, Guid[] CheckpointIds, string[] Codes);

    public async Task<IReadOnlyDictionary<string, long>> GenerateAsync(ScaleDataContext context, CancellationToken cancellationToken)
    {
        var random = context.RandomFor("security");
        var routes = await WriteRoutesAsync(context, random, cancellationToken);
        var rows = new Dictionary<string, long> { ["patrol_routes"] = routes.Count, ["patrol_checkpoints"] = routes.Count * CheckpointsPerRoute };
        rows["patrol_tasks"] = await WritePatrolsAsync(context, routes, Pass.Tasks, cancellationToken);
        rows["patrol_task_checkpoints"] = await WritePatrolsAsync(context, routes, Pass.TaskCheckpoints, cancellationToken);
        rows["patrol_check_ins"] = await WritePatrolsAsync(context, routes, Pass.CheckIns, cancellationToken);
        return rows;
    }

    private static async Task<List<Route>> WriteRoutesAsync(ScaleDataContext context, Random random, CancellationToken cancellationToken)
    {
        var createdAt = context.From.AddDays(-30);
        var routes = new List<Route>();
        for (var p = 0; p < context.Properties.Count; p++)
        {
            foreach (var name in RouteNames)
            {
                var ids = Enumerable.Range(0, CheckpointsPerRoute).Select(_ => ScaleCopy.Id(createdAt, random)).ToArray();
                var codes = Enumerable.Range(0, CheckpointsPerRoute).Select(c => $"P{p + 1:D2}-R{routes.Count + 1:D3}-{c + 1}").ToArray();
                routes.Add(new Route(ScaleCopy.Id(createdAt, random), ScaleCopy.Id(createdAt, random), context.Properties[p].Id, name, ids, codes));
            }
        }

        await using (var copy = await ScaleCopy.BeginAsync(context.Connection, "security.patrol_routes", "organization_id, id, property_id, name, expected_duration_minutes, created_at", cancellationToken))
        {
            foreach (var route in routes)
            {
                copy.StartRow();
                copy.WriteId(context.OrganizationId);
                copy.WriteId(route.Id);
                copy.WriteId(route.PropertyId);
                copy.WriteText(route.Name);
                copy.WriteInt(ExpectedMinutes);
                copy.WriteTime(createdAt);
            }

            await copy.CompleteAsync(cancellationToken);
        }

        await using (var copy = await ScaleCopy.BeginAsync(context.Connection, "security.patrol_checkpoints", "organization_id, id, property_id, route_id, sequence, code, name, location", cancellationToken))
        {
            foreach (var route in routes)
            {
                for (var c = 0; c < CheckpointsPerRoute; c++)
                {
                    copy.StartRow();
                    copy.WriteId(context.OrganizationId);
                    copy.WriteId(route.CheckpointIds[c]);
                    copy.WriteId(route.PropertyId);
                    copy.WriteId(route.Id);
                    copy.WriteInt(c + 1);
                    copy.WriteText(route.Codes[c]);
                    copy.WriteText(PlaceNames[c]);
                    copy.WriteText(null);
                }
            }

            await copy.CompleteAsync(cancellationToken);
        }

        await using (var copy = await ScaleCopy.BeginAsync(context.Connection, "security.patrol_plans", "organization_id, id, property_id, route_id, name, weekdays, start_times, allowed_lateness_minutes, is_active, created_at", cancellationToken))
        {
            foreach (var route in routes)
            {
                copy.StartRow();
                copy.WriteId(context.OrganizationId);
                copy.WriteId(route.PlanId);
                copy.WriteId(route.PropertyId);
                copy.WriteId(route.Id);
                copy.WriteText($"{route.Name} 每日");
                copy.Write(Enumerable.Range(0, 7).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Integer);
                copy.Write(StartTimes, NpgsqlDbType.Array | NpgsqlDbType.Time);
                copy.WriteInt(15);
                copy.WriteBool(true);
                copy.WriteTime(createdAt);
            }

            await copy.CompleteAsync(cancellationToken);
        }

        return routes;
    }

    // Every pass replays the same random choices in the same order and writes its own table's part of them.
    private static async Task<long> WritePatrolsAsync(ScaleDataContext context, List<Route> routes, Pass pass, CancellationToken cancellationToken)
    {
        var random = context.RandomFor("security-patrols");
        var guards = context.UsersOf("security");
        var (table, columns) = pass switch
        {
            Pass.Tasks => ("security.patrol_tasks", "organization_id, id, property_id, plan_id, route_id, route_name, scheduled_start, due_by, window_closes_at, status, checkpoint_count, created_at, closed_at"),
            Pass.TaskCheckpoints => ("security.patrol_task_checkpoints", "organization_id, id, property_id, task_id, checkpoint_id, sequence, code, name, status, checked_in_at, checked_in_by_user_id, checked_in_by_name, latitude, longitude"),
            _ => ("security.patrol_check_ins", "organization_id, id, property_id, checkpoint_id, checkpoint_code, task_id, user_id, user_name, checked_in_at, received_at, latitude, longitude, outcome"),
        };
        var target = context.Profile.PatrolCheckIns;

        // Complete patrols check in at every checkpoint, incomplete ones at some: about 4.7 check-ins a task;
        // planning a few more tasks and stopping at the target spreads them over the whole history.
        var tasks = (int)(target / 4.6);
        var localFrom = TimeZoneInfo.ConvertTime(context.From, context.TimeZone);
        var firstDay = DateOnly.FromDateTime(localFrom.DateTime).AddDays(1);
        var slots = (long)((context.To - context.From).TotalDays - 2) * StartTimes.Length * routes.Count;
        long written = 0;
        long checkIns = 0;
        await using var copy = await ScaleCopy.BeginAsync(context.Connection, table, columns, cancellationToken);
        for (var t = 0; t < tasks && checkIns < target; t++)
        {
            // Task t takes an evenly spaced slot of (day, start time, route): one task per plan and start, as the plans make them.
            var slot = (long)(t * (slots / (double)tasks));
            var route = routes[(int)(slot % routes.Count)];
            var dayAndTime = slot / routes.Count;
            var day = firstDay.AddDays((int)(dayAndTime / StartTimes.Length)).ToDateTime(StartTimes[(int)(dayAndTime % StartTimes.Length)]);
            var start = new DateTimeOffset(day, context.TimeZone.GetUtcOffset(day)).ToUniversalTime();
            var guard = guards[random.Next(guards.Count)];
            var roll = random.Next(100);
            var done = roll switch { < 3 => 0, < 10 => 1 + random.Next(CheckpointsPerRoute - 1), _ => CheckpointsPerRoute };
            var status = done switch { 0 => PatrolTaskStatus.Absent, CheckpointsPerRoute => PatrolTaskStatus.Complete, _ => PatrolTaskStatus.Incomplete };
            var taskId = ScaleCopy.Id(start, random);
            var dueBy = start.AddMinutes(ExpectedMinutes);
            var closes = dueBy.AddMinutes(15);

            if (pass == Pass.Tasks)
            {
                copy.StartRow();
                copy.WriteId(context.OrganizationId);
                copy.WriteId(taskId);
                copy.WriteId(route.PropertyId);
                copy.WriteId(route.PlanId);
                copy.WriteId(route.Id);
                copy.WriteText(route.Name);
                copy.WriteTime(start);
                copy.WriteTime(dueBy);
                copy.WriteTime(closes);
                copy.WriteText(status.ToString());
                copy.WriteInt(CheckpointsPerRoute);
                copy.WriteTime(start.AddHours(-12));
                copy.WriteTime(closes);
                written++;
            }

            for (var c = 0; c < CheckpointsPerRoute; c++)
            {
                var checkedIn = c < done;
                var at = start.AddMinutes((c * 10) + random.Next(8));
                var late = checkedIn && random.Next(100) < 6;
                if (late)
                {
                    at = dueBy.AddMinutes(random.Next(1, 15));
                }

                var rowId = ScaleCopy.Id(at, random);
                var latitude = 31.2 + (random.NextDouble() * 0.01);
                var longitude = 121.4 + (random.NextDouble() * 0.01);
                if (pass == Pass.TaskCheckpoints)
                {
                    copy.StartRow();
                    copy.WriteId(context.OrganizationId);
                    copy.WriteId(rowId);
                    copy.WriteId(route.PropertyId);
                    copy.WriteId(taskId);
                    copy.WriteId(route.CheckpointIds[c]);
                    copy.WriteInt(c + 1);
                    copy.WriteText(route.Codes[c]);
                    copy.WriteText(PlaceNames[c]);
                    copy.WriteText((checkedIn ? late ? CheckpointStatus.Late : CheckpointStatus.Done : CheckpointStatus.Missed).ToString());
                    copy.WriteTime(checkedIn ? at : null);
                    copy.WriteId(checkedIn ? guard.Id : null);
                    copy.WriteText(checkedIn ? guard.DisplayName : null);
                    WriteDouble(copy, checkedIn ? latitude : null);
                    WriteDouble(copy, checkedIn ? longitude : null);
                    written++;
                }
                else if (pass == Pass.CheckIns && checkedIn)
                {
                    copy.StartRow();
                    copy.WriteId(context.OrganizationId);
                    copy.WriteId(rowId);
                    copy.WriteId(route.PropertyId);
                    copy.WriteId(route.CheckpointIds[c]);
                    copy.WriteText(route.Codes[c]);
                    copy.WriteId(taskId);
                    copy.WriteId(guard.Id);
                    copy.WriteText(guard.DisplayName);
                    copy.WriteTime(at);
                    copy.WriteTime(at.AddSeconds(2));
                    copy.Write(latitude, NpgsqlDbType.Double);
                    copy.Write(longitude, NpgsqlDbType.Double);
                    copy.WriteText((late ? CheckInOutcome.Late : CheckInOutcome.OnTime).ToString());
                    written++;
                }

                if (checkedIn)
                {
                    checkIns++;
                }
            }
        }

        await copy.CompleteAsync(cancellationToken);
        return written;
    }

    private static void WriteDouble(Npgsql.NpgsqlBinaryImporter copy, double? value)
    {
        if (value is null)
        {
            copy.WriteNull();
        }
        else
        {
            copy.Write(value.Value, NpgsqlDbType.Double);
        }
    }
}
