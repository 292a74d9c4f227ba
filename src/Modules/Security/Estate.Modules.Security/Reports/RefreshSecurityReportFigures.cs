using Estate.Modules.Security.Data;
using Estate.SharedKernel.Reports;
using Estate.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Estate.Modules.Security.Reports;

/// <summary>
/// Rewrites the current company's patrol figures per property and complete day (see <see cref="PatrolFigures"/>) in
/// one transaction: everything on the first run, afterwards from a week before the last covered day, so that rounds
/// closed since (a night round ends the next morning) are counted again. Running it twice changes nothing.
/// </summary>
internal sealed class RefreshSecurityReportFigures(SecurityDbContext db, ITenantContext tenant, TimeProvider clock) : IReportFiguresRefresher
{
    private const int LateEditDays = 7;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var organizationId = tenant.OrganizationId;
        var zone = tenant.TimeZone;
        var now = clock.GetUtcNow();
        var today = CompanyCalendar.DateOf(now, zone);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var covered = await PatrolFigures.CoveredThroughAsync(db, organizationId, cancellationToken);
        DateOnly firstDay;
        if (covered is { } through)
        {
            firstDay = through.AddDays(-LateEditDays);
        }
        else
        {
            var earliest = await db.PatrolTasks.AsNoTracking().MinAsync(t => (DateTimeOffset?)t.ScheduledStart, cancellationToken);
            firstDay = earliest is { } start ? CompanyCalendar.DateOf(start, zone) : today;
        }

        var columns = string.Join(", ", PatrolFigures.Columns);
        var rounds = PatrolFigures.RowsOfRounds("t.organization_id = @organization AND t.scheduled_start >= @from AND t.scheduled_start < @to");
        var sql = $"""
            DELETE FROM {PatrolFigures.Table} WHERE organization_id = @organization AND day >= @firstDay;
            INSERT INTO {PatrolFigures.Table} (organization_id, property_id, day, {columns})
            SELECT @organization, property_id, (scheduled_start AT TIME ZONE @zone)::date AS day, {string.Join(", ", PatrolFigures.Columns.Select(c => $"sum({c})"))}
            FROM ({rounds}) r
            GROUP BY property_id, day;
            INSERT INTO {PatrolFigures.StateTable} (organization_id, covered_through, refreshed_at)
            VALUES (@organization, @coveredThrough, @now)
            ON CONFLICT (organization_id) DO UPDATE SET covered_through = excluded.covered_through, refreshed_at = excluded.refreshed_at;
            """;
        await db.Database.ExecuteSqlRawAsync(
            sql,
            [
                new NpgsqlParameter("organization", organizationId),
                new NpgsqlParameter("firstDay", firstDay),
                new NpgsqlParameter("zone", zone.Id),
                new NpgsqlParameter("from", CompanyCalendar.StartOf(firstDay, zone)),
                new NpgsqlParameter("to", CompanyCalendar.StartOf(today, zone)),
                new NpgsqlParameter("now", now),
                new NpgsqlParameter("coveredThrough", today.AddDays(-1)),
            ],
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
