using Estate.Modules.Cleaning.Data;
using Estate.SharedKernel.Reports;
using Estate.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Estate.Modules.Cleaning.Reports;

/// <summary>
/// Rewrites the current company's cleaning-task figures per property and complete day (see <see cref="CleaningTaskFigures"/>)
/// in one transaction: everything on the first run, afterwards from a week before the last covered day, so that
/// tasks inspected or marked missed since are counted again. Running it twice changes nothing.
/// </summary>
internal sealed class RefreshCleaningReportFigures(CleaningDbContext db, ITenantContext tenant, TimeProvider clock) : IReportFiguresRefresher
{
    private const int LateEditDays = 7;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var organizationId = tenant.OrganizationId;
        var today = CompanyCalendar.DateOf(clock.GetUtcNow(), tenant.TimeZone);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var covered = await CleaningTaskFigures.CoveredThroughAsync(db, organizationId, cancellationToken);
        var firstDay = covered is { } through
            ? through.AddDays(-LateEditDays)
            : await db.Tasks.AsNoTracking().MinAsync(t => (DateOnly?)t.Date, cancellationToken) ?? today;

        var columns = string.Join(", ", CleaningTaskFigures.Columns);
        var sql = $"""
            DELETE FROM {CleaningTaskFigures.Table} WHERE organization_id = @organization AND day >= @firstDay;
            INSERT INTO {CleaningTaskFigures.Table} (organization_id, property_id, day, {columns})
            SELECT @organization, property_id, date, {string.Join(", ", CleaningTaskFigures.Columns.Select(c => $"sum({c})"))}
            FROM (
                SELECT property_id, date, {CleaningTaskFigures.TaskExpressions}
                FROM cleaning.tasks
                WHERE organization_id = @organization AND date >= @firstDay AND date < @today
            ) t
            GROUP BY property_id, date;
            INSERT INTO {CleaningTaskFigures.StateTable} (organization_id, covered_through, refreshed_at)
            VALUES (@organization, @coveredThrough, @now)
            ON CONFLICT (organization_id) DO UPDATE SET covered_through = excluded.covered_through, refreshed_at = excluded.refreshed_at;
            """;
        await db.Database.ExecuteSqlRawAsync(
            sql,
            [
                new NpgsqlParameter("organization", organizationId),
                new NpgsqlParameter("firstDay", firstDay),
                new NpgsqlParameter("today", today),
                new NpgsqlParameter("now", clock.GetUtcNow()),
                new NpgsqlParameter("coveredThrough", today.AddDays(-1)),
            ],
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
