using Estate.Modules.Cleaning.Data;
using Estate.Modules.Cleaning.Domain;
using Estate.SharedKernel.Jobs;
using Estate.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Estate.Modules.Cleaning.Jobs;

/// <summary>
/// Makes the current company's cleaning tasks for today and the next <see cref="DaysAhead"/> days from its
/// active schedules, in one statement. The unique (schedule, date) index makes a second run add nothing.
/// </summary>
internal sealed class GenerateCleaningTasks(CleaningDbContext db, ITenantContext tenant, TimeProvider clock, ILogger<GenerateCleaningTasks> logger) : ITenantJob
{
    public const int DaysAhead = 2;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var today = CompanyCalendar.DateOf(clock.GetUtcNow(), tenant.TimeZone);
        var created = await GenerateAsync(today, today.AddDays(DaysAhead), cancellationToken);
        if (created > 0)
        {
            logger.LogInformation("Created {Count} cleaning tasks up to {LastDay}", created, today.AddDays(DaysAhead));
        }
    }

    /// <summary>
    /// Creates the tasks due on the local days <paramref name="from"/> to <paramref name="through"/> (both included).
    /// The recurrence: daily; on the schedule's weekdays (bit dow, Sunday = 0); or every N days counted from its first day.
    /// </summary>
    public async Task<int> GenerateAsync(DateOnly from, DateOnly through, CancellationToken cancellationToken)
    {
        var organizationId = tenant.OrganizationId;
        var zone = tenant.TimeZone.Id;
        var now = clock.GetUtcNow();
        return await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO cleaning.tasks (organization_id, id, property_id, schedule_id, zone_id, date, description, window_start, window_end, status, redo_count, created_at)
            SELECT s.organization_id, gen_random_uuid(), s.property_id, s.id, s.zone_id, d.day, s.task,
                   (d.day + s.window_start) AT TIME ZONE {zone}, (d.day + s.window_end) AT TIME ZONE {zone}, 'Pending', 0, {now}
            FROM cleaning.schedules s
            CROSS JOIN LATERAL (SELECT g::date AS day FROM generate_series({from}::date, {through}::date, interval '1 day') AS g) d
            WHERE s.organization_id = {organizationId}
              AND s.is_active
              AND d.day >= s.starts_on
              AND (s.frequency = 'Daily'
                   OR (s.frequency = 'Weekdays' AND (s.weekday_mask & (1 << extract(dow FROM d.day)::int)) <> 0)
                   OR (s.frequency = 'EveryNDays' AND (d.day - s.starts_on) % s.interval_days = 0))
            ON CONFLICT (organization_id, schedule_id, date) DO NOTHING
            """,
            cancellationToken);
    }
}
