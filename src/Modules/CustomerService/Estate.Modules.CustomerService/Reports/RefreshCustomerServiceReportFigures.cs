using Estate.Modules.CustomerService.Data;
using Estate.Modules.CustomerService.Domain;
using Estate.SharedKernel.Reports;
using Estate.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Estate.Modules.CustomerService.Reports;

/// <summary>
/// Rewrites the current company's complaint figures per property and complete day (see <see cref="ComplaintFigures"/>)
/// in one transaction: everything on the first run, afterwards from a week plus the longest deadline before the last
/// covered day, so that complaints decided, answered or followed up since then are counted again. Running it twice
/// changes nothing.
/// </summary>
internal sealed class RefreshCustomerServiceReportFigures(CustomerServiceDbContext db, ITenantContext tenant, TimeProvider clock) : IReportFiguresRefresher
{
    private const int LateEditDays = 7;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var organizationId = tenant.OrganizationId;
        var zone = tenant.TimeZone;
        var now = clock.StoredNow();
        var today = CompanyCalendar.DateOf(now, zone);
        var targets = await db.TargetsOfAsync(organizationId, cancellationToken);
        var deadlineDays = Math.Max(targets.CloseWithinDays, (targets.FirstResponseHours + 23) / 24);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var covered = await ComplaintFigures.CoveredThroughAsync(db, organizationId, cancellationToken);
        DateOnly firstDay;
        if (covered is { } through)
        {
            firstDay = through.AddDays(-(LateEditDays + deadlineDays));
        }
        else
        {
            var earliest = await db.Complaints.AsNoTracking().MinAsync(c => (DateTimeOffset?)c.OpenedAt, cancellationToken);
            firstDay = earliest is { } opened ? CompanyCalendar.DateOf(opened, zone) : today;
        }

        var columns = string.Join(", ", ComplaintFigures.Columns);
        var sums = string.Join(", ", ComplaintFigures.Columns.Select(c => $"sum({c})"));
        var sql = $"""
            DELETE FROM {ComplaintFigures.Table} WHERE organization_id = @organization AND day >= @firstDay;
            INSERT INTO {ComplaintFigures.Table} (organization_id, property_id, day, {columns})
            SELECT @organization, property_id, day, {sums}
            FROM (
                SELECT property_id, (opened_at AT TIME ZONE @zone)::date AS day, {ComplaintFigures.OpenedExpressions}
                FROM customer_service.complaints
                WHERE organization_id = @organization AND opened_at >= @from AND opened_at < @to
                UNION ALL
                SELECT property_id, (follow_up_at AT TIME ZONE @zone)::date, {ComplaintFigures.FollowUpExpressions}
                FROM customer_service.complaints
                WHERE organization_id = @organization AND follow_up_at >= @from AND follow_up_at < @to
            ) f
            GROUP BY property_id, day
            -- Written in day order, so a period's rows lie together.
            ORDER BY day, property_id;
            INSERT INTO {ComplaintFigures.StateTable} (organization_id, covered_through, refreshed_at)
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
