using Estate.Modules.Security.Data;
using Estate.SharedKernel.Reports;
using Estate.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Estate.Modules.Security.Reports;

/// <summary>One property's ended patrol rounds and their checkpoints over a period.</summary>
internal sealed record PatrolTotals(int Complete, int Incomplete, int Absent, int Checkpoints, int CheckedIn, int Late, int Missed)
{
    public static readonly PatrolTotals None = new(0, 0, 0, 0, 0, 0, 0);

    public static PatrolTotals Sum(IEnumerable<PatrolTotals> totals) => totals.Aggregate(None, (a, b) => new PatrolTotals(
        a.Complete + b.Complete, a.Incomplete + b.Incomplete, a.Absent + b.Absent, a.Checkpoints + b.Checkpoints, a.CheckedIn + b.CheckedIn,
        a.Late + b.Late, a.Missed + b.Missed));
}

/// <summary>
/// Patrol figures per property for a period, by the company-local day a round was scheduled to start: complete days
/// up to the last refresh come from <c>security.daily_figures</c> (kept by <see cref="RefreshSecurityReportFigures"/>),
/// the rest from the rounds themselves with the same expressions. Only ended rounds (complete, incomplete, absent)
/// count; a round still open counts once it is closed, and the refresh rewrites the last week for that.
/// </summary>
internal static class PatrolFigures
{
    public const string Table = "security.daily_figures";
    public const string StateTable = "security.report_figures_state";

    public static readonly string[] Columns =
        ["rounds_complete", "rounds_incomplete", "rounds_absent", "checkpoints", "checkpoints_checked_in", "checkpoints_late", "checkpoints_missed"];

    /// <summary>
    /// Every ended round and every checkpoint of one as figure rows with its property and the day the round started
    /// (both by the round's property); <paramref name="condition"/> is the one on the round <c>t</c> (company, properties, start).
    /// </summary>
    public static string RowsOfRounds(string condition) => $"""
        SELECT t.property_id, t.scheduled_start, (t.status = 'Complete')::int AS rounds_complete, (t.status = 'Incomplete')::int AS rounds_incomplete,
               (t.status = 'Absent')::int AS rounds_absent, 0 AS checkpoints, 0 AS checkpoints_checked_in, 0 AS checkpoints_late, 0 AS checkpoints_missed
        FROM security.patrol_tasks t
        WHERE t.status IN ('Complete', 'Incomplete', 'Absent') AND {condition}
        UNION ALL
        SELECT t.property_id, t.scheduled_start, 0, 0, 0, 1, (c.status IN ('Done', 'Late'))::int, (c.status = 'Late')::int, (c.status = 'Missed')::int
        FROM security.patrol_tasks t
        JOIN security.patrol_task_checkpoints c ON c.organization_id = t.organization_id AND c.task_id = t.id
        WHERE t.status IN ('Complete', 'Incomplete', 'Absent') AND {condition}
        """;

    /// <summary>The company's rows of the properties the caller sees (or the one asked for).</summary>
    private static string Scope(string alias, Guid? propertyId) =>
        $"{alias}.organization_id = @organization AND (@all OR {alias}.property_id = ANY(@visible))" + (propertyId is null ? "" : $" AND {alias}.property_id = @property");

    /// <summary>The last complete day the company's stored figures cover; null before the first refresh.</summary>
    public static async Task<DateOnly?> CoveredThroughAsync(SecurityDbContext db, Guid organizationId, CancellationToken cancellationToken)
    {
        var covered = await db.Database
            .SqlQueryRaw<DateOnly>($"SELECT covered_through AS \"Value\" FROM {StateTable} WHERE organization_id = @organization", new NpgsqlParameter("organization", organizationId))
            .ToListAsync(cancellationToken);
        return covered.Count == 0 ? null : covered[0];
    }

    /// <summary>The figures of [period.From, period.To) per property the caller sees (properties without any are left out).</summary>
    public static async Task<Dictionary<Guid, PatrolTotals>> ByPropertyAsync(
        SecurityDbContext db, ITenantContext tenant, ReportPeriod period, DateOnly? coveredThrough, Guid? propertyId, CancellationToken cancellationToken)
    {
        var split = StoredDays.Split(period, tenant.TimeZone, coveredThrough);
        var arms = new List<string>();
        if (split.HasStored)
        {
            arms.Add($"SELECT property_id, {string.Join(", ", Columns)} FROM {Table} f WHERE {Scope("f", propertyId)} AND day >= @storedFrom AND day < @storedTo");
        }

        if (split.HasLive)
        {
            var rounds = RowsOfRounds(Scope("t", propertyId) + " AND t.scheduled_start >= @liveFrom AND t.scheduled_start < @liveTo");
            arms.Add($"SELECT property_id, {string.Join(", ", Columns)} FROM ({rounds}) r");
        }

        var figures = new Dictionary<Guid, PatrolTotals>();
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
            command.Parameters.AddWithValue("storedFrom", split.StoredFrom);
            command.Parameters.AddWithValue("storedTo", split.StoredTo);
            command.Parameters.AddWithValue("liveFrom", split.LiveFrom);
            command.Parameters.AddWithValue("liveTo", split.LiveTo);
            if (propertyId is { } property)
            {
                command.Parameters.AddWithValue("property", property);
            }

            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                figures[reader.GetGuid(0)] = new PatrolTotals(
                    reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetInt32(5), reader.GetInt32(6), reader.GetInt32(7));
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return figures;
    }
}
