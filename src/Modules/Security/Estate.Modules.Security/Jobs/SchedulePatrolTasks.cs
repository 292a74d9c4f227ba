using Estate.Modules.Security.Data;
using Estate.SharedKernel.Jobs;
using Estate.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Estate.Modules.Security.Jobs;

/// <summary>
/// Makes the current company's patrol tasks for the coming <see cref="Horizon"/> from its active plans, each with
/// its route's checkpoints, in one statement. A task is keyed by plan and scheduled start, so running twice adds nothing.
/// </summary>
internal sealed class SchedulePatrolTasks(SecurityDbContext db, ITenantContext tenant, TimeProvider clock, ILogger<SchedulePatrolTasks> logger) : ITenantJob
{
    public static readonly TimeSpan Horizon = TimeSpan.FromDays(2);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var created = await ScheduleAsync(now, now + Horizon, now, null, cancellationToken);
        if (created > 0)
        {
            logger.LogInformation("Scheduled {Count} patrol checkpoints ahead", created);
        }
    }

    /// <summary>Tasks of one plan (or all) for the coming <see cref="Horizon"/>, as the job makes them.</summary>
    public Task<int> ScheduleAsync(DateTimeOffset now, Guid? planId, CancellationToken cancellationToken) =>
        ScheduleAsync(now, now + Horizon, now, planId, cancellationToken);

    /// <summary>
    /// Makes every missing task whose window is still open at <paramref name="from"/> and that starts before
    /// <paramref name="until"/>; start times are local to the company. Returns the number of task checkpoints made.
    /// </summary>
    public async Task<int> ScheduleAsync(DateTimeOffset from, DateTimeOffset until, DateTimeOffset now, Guid? planId, CancellationToken cancellationToken)
    {
        var organizationId = tenant.OrganizationId;
        var zone = tenant.TimeZone;
        // From the day before: a round started late last night may still be open.
        var firstDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(from, zone).DateTime).AddDays(-1);
        var lastDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(until, zone).DateTime);
        var zoneId = zone.Id;

        return await db.Database.ExecuteSqlAsync(
            $"""
            WITH occurrences AS (
                SELECT p.organization_id, p.property_id, p.id AS plan_id, r.id AS route_id, r.name AS route_name,
                       (d.day::date + s.start_time) AT TIME ZONE {zoneId}::text AS scheduled_start,
                       make_interval(mins => r.expected_duration_minutes) AS duration,
                       make_interval(mins => p.allowed_lateness_minutes) AS lateness
                FROM security.patrol_plans p
                JOIN security.patrol_routes r ON r.organization_id = p.organization_id AND r.id = p.route_id
                CROSS JOIN LATERAL unnest(p.start_times) AS s(start_time)
                CROSS JOIN LATERAL generate_series({firstDay}::timestamp, {lastDay}::timestamp, interval '1 day') AS d(day)
                WHERE p.organization_id = {organizationId} AND p.is_active
                  AND ({planId}::uuid IS NULL OR p.id = {planId}::uuid)
                  AND extract(dow FROM d.day)::int = ANY (p.weekdays)
            ),
            tasks AS (
                INSERT INTO security.patrol_tasks (organization_id, id, property_id, plan_id, route_id, route_name,
                    scheduled_start, due_by, window_closes_at, status, checkpoint_count, created_at)
                SELECT o.organization_id, gen_random_uuid(), o.property_id, o.plan_id, o.route_id, o.route_name,
                       o.scheduled_start, o.scheduled_start + o.duration, o.scheduled_start + o.duration + o.lateness, 'Scheduled',
                       (SELECT count(*) FROM security.patrol_checkpoints c WHERE c.organization_id = o.organization_id AND c.route_id = o.route_id),
                       {now}
                FROM occurrences o
                WHERE o.scheduled_start < {until} AND o.scheduled_start + o.duration + o.lateness > {from}
                ON CONFLICT (organization_id, plan_id, scheduled_start) DO NOTHING
                RETURNING organization_id, id, property_id, route_id
            )
            INSERT INTO security.patrol_task_checkpoints (organization_id, id, property_id, task_id, checkpoint_id, sequence, code, name, status)
            SELECT t.organization_id, gen_random_uuid(), t.property_id, t.id, c.id, c.sequence, c.code, c.name, 'Pending'
            FROM tasks t
            JOIN security.patrol_checkpoints c ON c.organization_id = t.organization_id AND c.route_id = t.route_id
            """,
            cancellationToken);
    }
}
