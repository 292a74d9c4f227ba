using Estate.Modules.Engineering.Contracts;
using Estate.Modules.Engineering.Data;
using Estate.SharedKernel.Persistence;
using Estate.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Estate.Modules.Engineering.Reports;

/// <summary>Reads the stored <see cref="DailyWorkOrderFigures"/> of the current company, within the caller's properties.</summary>
internal sealed class StoredWorkOrderFigures(EngineeringDbContext db, ITenantContext tenant)
{
    private const string Scope = "organization_id = @org AND (@all_properties OR property_id = ANY(@properties))";

    /// <summary>The last day the figures are written for; null before the first refresh.</summary>
    public Task<DateOnly?> CoveredThroughAsync(CancellationToken cancellationToken) =>
        db.Set<ReportFiguresCoverage>().AsNoTracking()
            .Where(c => c.OrganizationId == tenant.OrganizationId)
            .Select(c => (DateOnly?)c.CoveredThrough)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>The days [from, to) added up per property and category (the overdue count left at 0).</summary>
    public Task<List<DailyWorkOrderFigures>> SumAsync(DateOnly from, DateOnly to, Guid? propertyId, CancellationToken cancellationToken) =>
        db.QueryAsync(
            $"""
             SELECT property_id, category, sum(opened)::int, sum(completed)::int, sum(completed_on_time)::int, sum(reopened)::int,
                    sum(responded)::int, sum(response_hours), sum(resolved)::int, sum(resolution_hours), sum(rated)::int, sum(rating_sum)::int
             FROM engineering.daily_figures
             WHERE {Scope} AND day >= @from AND day < @to AND (@property::uuid IS NULL OR property_id = @property)
             GROUP BY property_id, category
             """,
            [.. Parameters(propertyId), new NpgsqlParameter<DateOnly>("from", from), new NpgsqlParameter<DateOnly>("to", to)],
            r => new DailyWorkOrderFigures
            {
                PropertyId = r.GetGuid(0),
                Category = Enum.Parse<WorkOrderCategory>(r.GetString(1)),
                Opened = r.GetInt32(2),
                Completed = r.GetInt32(3),
                CompletedOnTime = r.GetInt32(4),
                Reopened = r.GetInt32(5),
                Responded = r.GetInt32(6),
                ResponseHours = r.GetDouble(7),
                Resolved = r.GetInt32(8),
                ResolutionHours = r.GetDouble(9),
                Rated = r.GetInt32(10),
                RatingSum = r.GetInt32(11),
            },
            cancellationToken);

    /// <summary>Opened, completed and responded to (with the response hours) per day of [from, to), all categories together.</summary>
    public Task<List<(DateOnly Day, int Opened, int Completed, int Responded, double ResponseHours)>> PerDayAsync(
        DateOnly from, DateOnly to, Guid? propertyId, CancellationToken cancellationToken) =>
        db.QueryAsync(
            $"""
             SELECT day, sum(opened)::int, sum(completed)::int, sum(responded)::int, sum(response_hours)
             FROM engineering.daily_figures
             WHERE {Scope} AND day >= @from AND day < @to AND (@property::uuid IS NULL OR property_id = @property)
             GROUP BY day
             """,
            [.. Parameters(propertyId), new NpgsqlParameter<DateOnly>("from", from), new NpgsqlParameter<DateOnly>("to", to)],
            r => (r.GetFieldValue<DateOnly>(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3), r.GetDouble(4)),
            cancellationToken);

    /// <summary>Work orders open and past their deadline at the end of <paramref name="day"/>, per property and category.</summary>
    public Task<List<(Guid PropertyId, WorkOrderCategory Category, int Count)>> OverdueAtEndAsync(DateOnly day, CancellationToken cancellationToken) =>
        db.QueryAsync(
            $"SELECT property_id, category, overdue_at_end FROM engineering.daily_figures WHERE {Scope} AND day = @day AND overdue_at_end > 0",
            [.. Parameters(null), new NpgsqlParameter<DateOnly>("day", day)],
            r => (r.GetGuid(0), Enum.Parse<WorkOrderCategory>(r.GetString(1)), r.GetInt32(2)),
            cancellationToken);

    private NpgsqlParameter[] Parameters(Guid? propertyId) =>
    [
        new NpgsqlParameter<Guid>("org", tenant.OrganizationId),
        new NpgsqlParameter<bool>("all_properties", tenant.AllProperties),
        new NpgsqlParameter("properties", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = tenant.PropertyIds.ToArray() },
        new NpgsqlParameter("property", NpgsqlDbType.Uuid) { Value = (object?)propertyId ?? DBNull.Value },
    ];
}
