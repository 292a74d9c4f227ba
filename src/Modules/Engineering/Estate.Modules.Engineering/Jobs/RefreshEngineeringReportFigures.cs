using System.Diagnostics;
using Estate.Modules.Engineering.Data;
using Estate.SharedKernel.Persistence;
using Estate.SharedKernel.Reports;
using Estate.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Estate.Modules.Engineering.Jobs;

/// <summary>
/// Writes the company's <see cref="DailyWorkOrderFigures"/> for complete days: on the first run every day since its
/// first work order, later the last covered day minus <see cref="RewrittenDays"/> (so late changes such as a rating
/// given days afterwards are absorbed) through yesterday. One transaction deletes and rewrites those days, so a run
/// repeated changes nothing; an advisory lock keeps two runs for one company apart.
/// </summary>
internal sealed class RefreshEngineeringReportFigures(
    EngineeringDbContext db, ITenantContext tenant, TimeProvider clock, ILogger<RefreshEngineeringReportFigures> logger) : IReportFiguresRefresher
{
    public const int RewrittenDays = 7;

    // Every event of a day becomes a row of counts; an order that is open past its deadline adds +1 on the day it
    // becomes overdue (the later of opening and deadline) and -1 on the day it is completed, and a running sum of
    // those gives the overdue count at each day's end. Only orders open at the first rewritten day's start (or
    // completed since) can be overdue at a day of the range, so the state needs no history before it. Days
    // between changes repeat the state, so one day's state is one row per property and category.
    private const string RefreshSql = """
        WITH events AS (
            SELECT w.property_id, w.category, (w.created_at AT TIME ZONE @zone)::date AS day,
                   1 AS opened, 0 AS completed, 0 AS on_time, 0 AS reopened, 0 AS responded, 0::float8 AS response_hours,
                   0 AS resolved, 0::float8 AS resolution_hours, 0 AS rated, 0 AS rating_sum, 0 AS overdue_change
            FROM engineering.work_orders w
            WHERE w.organization_id = @org AND w.created_at >= @since_at AND w.created_at < @end_at
            UNION ALL
            SELECT w.property_id, w.category, (w.completed_at AT TIME ZONE @zone)::date,
                   0, 1, (w.completed_at <= w.deadline)::int, 0, 0, 0,
                   (w.maintenance_plan_id IS NULL)::int,
                   CASE WHEN w.maintenance_plan_id IS NULL THEN extract(epoch FROM w.completed_at - w.created_at) / 3600 ELSE 0 END,
                   0, 0, 0
            FROM engineering.work_orders w
            WHERE w.organization_id = @org AND w.completed_at >= @since_at AND w.completed_at < @end_at
            UNION ALL
            SELECT w.property_id, w.category, (w.last_reopened_at AT TIME ZONE @zone)::date, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0
            FROM engineering.work_orders w
            WHERE w.organization_id = @org AND w.last_reopened_at >= @since_at AND w.last_reopened_at < @end_at
            UNION ALL
            SELECT w.property_id, w.category, (w.responded_at AT TIME ZONE @zone)::date, 0, 0, 0, 0, 1,
                   extract(epoch FROM w.responded_at - w.created_at) / 3600, 0, 0, 0, 0, 0
            FROM engineering.work_orders w
            WHERE w.organization_id = @org AND w.responded_at >= @since_at AND w.responded_at < @end_at AND w.maintenance_plan_id IS NULL
            UNION ALL
            SELECT w.property_id, w.category, (w.rated_at AT TIME ZONE @zone)::date, 0, 0, 0, 0, 0, 0, 0, 0, 1, coalesce(w.owner_rating, 0), 0
            FROM engineering.work_orders w
            WHERE w.organization_id = @org AND w.rated_at >= @since_at AND w.rated_at < @end_at
            UNION ALL
            SELECT o.property_id, o.category, e.day, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, e.change
            FROM (
                SELECT w.property_id, w.category,
                       (greatest(w.created_at, w.deadline) AT TIME ZONE @zone)::date AS late_on,
                       (w.completed_at AT TIME ZONE @zone)::date AS done_on
                FROM engineering.work_orders w
                WHERE w.organization_id = @org AND (w.completed_at IS NULL OR w.completed_at >= @since_at)
                  AND greatest(w.created_at, w.deadline) < @end_at
            ) o
            CROSS JOIN LATERAL (VALUES (greatest(o.late_on, @since), 1), (o.done_on, -1)) e(day, change)
            WHERE (o.done_on IS NULL OR o.done_on > o.late_on) AND e.day <= @through
        ),
        per_day AS (
            SELECT property_id, category, day, sum(opened) AS opened, sum(completed) AS completed, sum(on_time) AS on_time,
                   sum(reopened) AS reopened, sum(responded) AS responded, sum(response_hours) AS response_hours,
                   sum(resolved) AS resolved, sum(resolution_hours) AS resolution_hours, sum(rated) AS rated,
                   sum(rating_sum) AS rating_sum, sum(overdue_change) AS overdue_change
            FROM events
            GROUP BY property_id, category, day
        ),
        changes AS (
            SELECT p.*, sum(p.overdue_change) OVER w AS overdue_at_end, coalesce(lead(p.day) OVER w, @through + 1) AS next_day
            FROM per_day p
            WINDOW w AS (PARTITION BY p.property_id, p.category ORDER BY p.day)
        )
        INSERT INTO engineering.daily_figures (
            organization_id, property_id, category, day, opened, completed, completed_on_time, reopened, responded, response_hours,
            resolved, resolution_hours, rated, rating_sum, overdue_at_end)
        SELECT @org, property_id, category, day, opened, completed, on_time, reopened, responded, response_hours,
               resolved, resolution_hours, rated, rating_sum, overdue_at_end
        FROM changes
        WHERE opened + completed + reopened + responded + rated + overdue_at_end > 0
        UNION ALL
        SELECT @org, c.property_id, c.category, d::date, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, c.overdue_at_end
        FROM changes c
        CROSS JOIN LATERAL generate_series(c.day + 1, c.next_day - 1, interval '1 day') d
        WHERE c.overdue_at_end > 0
        -- Written in day order, so a period's rows lie together (a month: 350 pages read instead of 14,000).
        ORDER BY day, property_id, category
        """;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var zone = tenant.TimeZone;
        var org = tenant.OrganizationId;
        var through = CompanyCalendar.DateOf(clock.GetUtcNow(), zone).AddDays(-1);
        // A first run over years of records outlasts the default command timeout.
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.ExecuteAsync(
            "SELECT pg_advisory_xact_lock(hashtextextended('engineering.report-figures:' || @org::text, 0))", [new NpgsqlParameter<Guid>("org", org)], cancellationToken);
        // The running sums and their grouping are a few hundred thousand rows on a first run.
        await db.ExecuteAsync("SET LOCAL work_mem = '256MB'", [], cancellationToken);

        var covered = await db.Set<ReportFiguresCoverage>().AsNoTracking()
            .Where(c => c.OrganizationId == org)
            .Select(c => (DateOnly?)c.CoveredThrough)
            .FirstOrDefaultAsync(cancellationToken);
        var since = covered?.AddDays(-RewrittenDays) ?? await FirstDayAsync(through, cancellationToken);
        var (sinceAt, endAt) = (CompanyCalendar.StartOf(since, zone), CompanyCalendar.StartOf(through.AddDays(1), zone));

        await db.ExecuteAsync(
            "DELETE FROM engineering.daily_figures WHERE organization_id = @org AND day >= @since",
            [new NpgsqlParameter<Guid>("org", org), new NpgsqlParameter<DateOnly>("since", since)],
            cancellationToken);
        var rows = await db.ExecuteAsync(
            RefreshSql,
            [
                new NpgsqlParameter<Guid>("org", org),
                new NpgsqlParameter<string>("zone", zone.Id),
                new NpgsqlParameter<DateOnly>("since", since),
                new NpgsqlParameter<DateOnly>("through", through),
                new NpgsqlParameter<DateTimeOffset>("since_at", sinceAt),
                new NpgsqlParameter<DateTimeOffset>("end_at", endAt),
            ],
            cancellationToken);
        await db.ExecuteAsync(
            """
            INSERT INTO engineering.report_figures_coverage (organization_id, covered_through, refreshed_at) VALUES (@org, @through, @now)
            ON CONFLICT (organization_id) DO UPDATE SET covered_through = excluded.covered_through, refreshed_at = excluded.refreshed_at
            """,
            [new NpgsqlParameter<Guid>("org", org), new NpgsqlParameter<DateOnly>("through", through), new NpgsqlParameter<DateTimeOffset>("now", clock.GetUtcNow())],
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Engineering report figures {Since} to {Through}: {Rows} rows in {Elapsed} ms", since, through, rows, watch.ElapsedMilliseconds);
    }

    // The day of the company's first work order; with none yet, only yesterday is written.
    private async Task<DateOnly> FirstDayAsync(DateOnly through, CancellationToken cancellationToken)
    {
        var first = await db.WorkOrders.AsNoTracking().OrderBy(w => w.CreatedAt).Select(w => (DateTimeOffset?)w.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        var day = first is { } at ? CompanyCalendar.DateOf(at, tenant.TimeZone) : through;
        return day < through ? day : through;
    }
}
