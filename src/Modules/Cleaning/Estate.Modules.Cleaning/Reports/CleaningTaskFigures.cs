using Estate.Modules.Cleaning.Data;
using Estate.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Estate.Modules.Cleaning.Reports;

/// <summary>One property's cleaning tasks of some days by status.</summary>
internal sealed record TaskTotals(int Pending, int Done, int Passed, int Failed, int Missed)
{
    public static readonly TaskTotals None = new(0, 0, 0, 0, 0);

    /// <summary>Done, whether inspected (passed or failed) or not.</summary>
    public int Completed => Done + Passed + Failed;

    public int All => Pending + Completed + Missed;

    public static TaskTotals Sum(IEnumerable<TaskTotals> totals) => totals.Aggregate(None, (a, b) => new TaskTotals(
        a.Pending + b.Pending, a.Done + b.Done, a.Passed + b.Passed, a.Failed + b.Failed, a.Missed + b.Missed));
}

/// <summary>
/// Cleaning tasks per property and status for some of their days: days up to the last refresh come from
/// <c>cleaning.daily_figures</c> (kept by <see cref="RefreshCleaningReportFigures"/>), later days from the tasks
/// themselves. A task's status still changes after its day (inspected, marked missed), so the refresh rewrites the
/// last week of days each time.
/// </summary>
internal static class CleaningTaskFigures
{
    public const string Table = "cleaning.daily_figures";
    public const string StateTable = "cleaning.report_figures_state";

    public static readonly string[] Columns = ["tasks_pending", "tasks_done", "tasks_passed", "tasks_failed", "tasks_missed"];

    /// <summary>One task as figures, by its status.</summary>
    public const string TaskExpressions =
        "(status = 'Pending')::int AS tasks_pending, (status = 'Done')::int AS tasks_done, (status = 'Passed')::int AS tasks_passed, "
        + "(status = 'Failed')::int AS tasks_failed, (status = 'Missed')::int AS tasks_missed";

    /// <summary>The last complete day the company's stored figures cover; null before the first refresh.</summary>
    public static async Task<DateOnly?> CoveredThroughAsync(CleaningDbContext db, Guid organizationId, CancellationToken cancellationToken)
    {
        var covered = await db.Database
            .SqlQueryRaw<DateOnly>($"SELECT covered_through AS \"Value\" FROM {StateTable} WHERE organization_id = @organization", new NpgsqlParameter("organization", organizationId))
            .ToListAsync(cancellationToken);
        return covered.Count == 0 ? null : covered[0];
    }

    /// <summary>The tasks of the days [days.From, days.To) per property the caller sees (properties without any are left out).</summary>
    public static async Task<Dictionary<Guid, TaskTotals>> ByPropertyAsync(
        CleaningDbContext db, ITenantContext tenant, (DateOnly From, DateOnly To) days, DateOnly? coveredThrough, Guid? propertyId, CancellationToken cancellationToken)
    {
        var storedTo = coveredThrough is { } covered ? covered.AddDays(1) : days.From;
        storedTo = storedTo < days.From ? days.From : storedTo > days.To ? days.To : storedTo;
        var scope = "organization_id = @organization AND (@all OR property_id = ANY(@visible))" + (propertyId is null ? "" : " AND property_id = @property");
        var arms = new List<string>();
        if (storedTo > days.From)
        {
            arms.Add($"SELECT property_id, {string.Join(", ", Columns)} FROM {Table} WHERE {scope} AND day >= @from AND day < @storedTo");
        }

        if (days.To > storedTo)
        {
            arms.Add($"SELECT property_id, {TaskExpressions} FROM cleaning.tasks WHERE {scope} AND date >= @storedTo AND date < @to");
        }

        var figures = new Dictionary<Guid, TaskTotals>();
        if (arms.Count == 0)
        {
            return figures;
        }

        var sql = $"SELECT property_id, {string.Join(", ", Columns.Select(c => $"sum({c})::int"))} FROM ({string.Join(" UNION ALL ", arms)}) f GROUP BY property_id";
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand(sql, connection) { Transaction = (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction() };
            command.Parameters.AddWithValue("organization", tenant.OrganizationId);
            command.Parameters.AddWithValue("all", tenant.AllProperties);
            command.Parameters.AddWithValue("visible", tenant.PropertyIds.ToArray());
            command.Parameters.AddWithValue("from", days.From);
            command.Parameters.AddWithValue("storedTo", storedTo);
            command.Parameters.AddWithValue("to", days.To);
            if (propertyId is { } property)
            {
                command.Parameters.AddWithValue("property", property);
            }

            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                figures[reader.GetGuid(0)] = new TaskTotals(reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetInt32(5));
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return figures;
    }
}
