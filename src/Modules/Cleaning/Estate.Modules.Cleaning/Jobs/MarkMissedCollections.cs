using Estate.Modules.Cleaning.Data;
using Estate.Modules.Cleaning.Domain;
using Estate.SharedKernel.Jobs;
using Estate.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Estate.Modules.Cleaning.Jobs;

/// <summary>
/// Adds a missed entry to the garbage collection log for every point and past local day of the last
/// <see cref="LookbackDays"/> days that has no entry, in one statement; the unique (point, date) index makes a
/// second run add nothing, and a collection logged for that day later replaces the missed status.
/// </summary>
internal sealed class MarkMissedCollections(CleaningDbContext db, ITenantContext tenant, TimeProvider clock, ILogger<MarkMissedCollections> logger) : ITenantJob
{
    // Days the job may have been down for; older gaps are left alone.
    public const int LookbackDays = 7;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var today = CompanyCalendar.DateOf(clock.GetUtcNow(), tenant.TimeZone);
        var missed = await MarkAsync(today.AddDays(-LookbackDays), today.AddDays(-1), cancellationToken);
        if (missed > 0)
        {
            logger.LogInformation("Marked {Count} garbage collections missed", missed);
        }
    }

    /// <summary>Marks the local days <paramref name="from"/> to <paramref name="through"/> (both included, all of them over).</summary>
    public async Task<int> MarkAsync(DateOnly from, DateOnly through, CancellationToken cancellationToken)
    {
        var organizationId = tenant.OrganizationId;
        var zone = tenant.TimeZone.Id;
        var now = clock.GetUtcNow();
        return await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO cleaning.garbage_collections (organization_id, id, property_id, collection_point_id, date, scheduled_at, status, created_at)
            SELECT p.organization_id, gen_random_uuid(), p.property_id, p.id, d.day, (d.day + p.collection_time) AT TIME ZONE {zone}, 'Missed', {now}
            FROM cleaning.collection_points p
            CROSS JOIN LATERAL (SELECT g::date AS day FROM generate_series({from}::date, {through}::date, interval '1 day') AS g) d
            WHERE p.organization_id = {organizationId}
              AND d.day >= p.active_from
            ON CONFLICT (organization_id, collection_point_id, date) DO NOTHING
            """,
            cancellationToken);
    }
}
