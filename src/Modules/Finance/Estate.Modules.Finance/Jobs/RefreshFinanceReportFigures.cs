using System.Diagnostics;
using Estate.Modules.Finance.Data;
using Estate.SharedKernel.Reports;
using Estate.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Estate.Modules.Finance.Jobs;

/// <summary>
/// Writes the company's finance figures for complete days: money paid per day (<see cref="DailyCash"/>), paid per
/// day towards the bills of each due date (<see cref="DailyCollection"/>) and what the bills of each due date ask
/// for (<see cref="DueFigures"/>). The first run covers every day since the first bill or payment, later runs the
/// last covered day minus <see cref="RewrittenDays"/> (payments recorded late for an earlier day) through yesterday,
/// plus the due dates of billing runs since then. One transaction deletes and rewrites those days, so a run repeated
/// changes nothing; an advisory lock keeps two runs for one company apart.
/// In the same transaction it adds to the per-building figures (<see cref="BuildingDueFigures"/>) the bills of every
/// billing run and the allocations of every payment not added yet, marking each as added in the statement that adds
/// it: no rewrite window is needed there, as nothing is added twice or missed, whenever it was recorded.
/// </summary>
internal sealed class RefreshFinanceReportFigures(FinanceDbContext db, ITenantContext tenant, TimeProvider clock, ILogger<RefreshFinanceReportFigures> logger)
    : IReportFiguresRefresher
{
    public const int RewrittenDays = 7;

    private const string CashSql = """
        DELETE FROM finance.daily_cash WHERE organization_id = @org AND day >= @since;
        INSERT INTO finance.daily_cash (organization_id, day, property_id, amount)
        SELECT @org, (p.paid_at AT TIME ZONE @zone)::date, p.property_id, sum(p.amount)
        FROM finance.payments p
        WHERE p.organization_id = @org AND p.paid_at >= @since_at AND p.paid_at < @end_at
        GROUP BY 2, 3;
        """;

    // Allocations carry their payment's time; the payments' time index finds them.
    private const string CollectionsSql = """
        DELETE FROM finance.daily_collections WHERE organization_id = @org AND day >= @since;
        INSERT INTO finance.daily_collections (organization_id, day, due_on, property_id, amount)
        SELECT @org, (a.paid_at AT TIME ZONE @zone)::date, b.due_on, b.property_id, sum(a.amount)
        FROM finance.payments p
        JOIN finance.payment_allocations a ON a.organization_id = p.organization_id AND a.payment_id = p.id
        JOIN finance.bills b ON b.organization_id = a.organization_id AND b.id = a.bill_id
        WHERE p.organization_id = @org AND p.paid_at >= @since_at AND p.paid_at < @end_at
        GROUP BY 2, 3, 4;
        """;

    // Bills come only from billing runs, and a run may be for a due date already covered.
    private const string DueSql = """
        DELETE FROM finance.due_figures
        WHERE organization_id = @org AND due_on IN (
            SELECT d::date FROM generate_series(@since, @through, interval '1 day') d
            UNION SELECT r.due_on FROM finance.billing_runs r WHERE r.organization_id = @org AND r.started_at >= @since_at AND r.due_on <= @through);
        INSERT INTO finance.due_figures (organization_id, due_on, property_id, amount_due, collected)
        SELECT @org, b.due_on, b.property_id, sum(b.amount_due), 0
        FROM finance.bills b
        WHERE b.organization_id = @org AND b.due_on IN (
            SELECT d::date FROM generate_series(@since, @through, interval '1 day') d
            UNION SELECT r.due_on FROM finance.billing_runs r WHERE r.organization_id = @org AND r.started_at >= @since_at AND r.due_on <= @through)
        GROUP BY 2, 3;
        """;

    // Runs after the others: the due dates rewritten, or paid towards in the rewritten days, get their sums again.
    private const string TouchedDueDates = """
        SELECT d::date FROM generate_series(@since, @through, interval '1 day') d
        UNION SELECT r.due_on FROM finance.billing_runs r WHERE r.organization_id = @org AND r.started_at >= @since_at AND r.due_on <= @through
        UNION SELECT c.due_on FROM finance.daily_collections c WHERE c.organization_id = @org AND c.day >= @since
        """;

    private const string CollectedSql = $"""
        UPDATE finance.due_figures SET collected = 0 WHERE organization_id = @org AND due_on IN ({TouchedDueDates});
        UPDATE finance.due_figures f SET collected = s.amount
        FROM (
            SELECT c.property_id, c.due_on, sum(c.amount) AS amount
            FROM finance.daily_collections c
            WHERE c.organization_id = @org AND c.due_on IN ({TouchedDueDates})
            GROUP BY c.property_id, c.due_on
        ) s
        WHERE f.organization_id = @org AND f.due_on = s.due_on AND f.property_id = s.property_id;
        """;

    // Each statement marks what it adds and adds what it marked, from one snapshot: a run or payment committed
    // meanwhile stays unmarked for the readers and the next refresh. A run's bills come in its own transaction.
    private const string BuildingDueSql = """
        WITH runs AS (
            UPDATE finance.billing_runs SET in_building_figures = true
            WHERE organization_id = @org AND NOT in_building_figures
            RETURNING id, due_on
        )
        INSERT INTO finance.building_due_figures AS f (organization_id, due_on, property_id, building_id, amount_due, collected)
        SELECT @org, b.due_on, b.property_id, b.building_id, sum(b.amount_due), 0
        FROM runs r
        JOIN finance.bills b ON b.organization_id = @org AND b.due_on = r.due_on AND b.billing_run_id = r.id
        GROUP BY b.due_on, b.property_id, b.building_id
        ON CONFLICT (organization_id, due_on, property_id, building_id) DO UPDATE SET amount_due = f.amount_due + excluded.amount_due;
        """;

    private const string BuildingCollectedSql = """
        WITH paid AS (
            UPDATE finance.payments SET in_building_figures = true
            WHERE organization_id = @org AND NOT in_building_figures
            RETURNING id
        )
        INSERT INTO finance.building_due_figures AS f (organization_id, due_on, property_id, building_id, amount_due, collected)
        SELECT @org, b.due_on, b.property_id, b.building_id, 0, sum(a.amount)
        FROM paid p
        JOIN finance.payment_allocations a ON a.organization_id = @org AND a.payment_id = p.id
        JOIN finance.bills b ON b.organization_id = @org AND b.id = a.bill_id
        GROUP BY b.due_on, b.property_id, b.building_id
        ON CONFLICT (organization_id, due_on, property_id, building_id) DO UPDATE SET collected = f.collected + excluded.collected;
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
        await db.Database.ExecuteSqlRawAsync(
            "SELECT pg_advisory_xact_lock(hashtextextended('finance.report-figures:' || @org::text, 0))", [new NpgsqlParameter<Guid>("org", org)], cancellationToken);
        await db.Database.ExecuteSqlRawAsync("SET LOCAL work_mem = '256MB'", cancellationToken);

        var covered = await db.Set<ReportFiguresCoverage>().AsNoTracking()
            .Where(c => c.OrganizationId == org)
            .Select(c => (DateOnly?)c.CoveredThrough)
            .FirstOrDefaultAsync(cancellationToken);
        var since = covered?.AddDays(-RewrittenDays) ?? await FirstDayAsync(through, cancellationToken);
        foreach (var sql in new[] { CashSql, CollectionsSql, DueSql, CollectedSql, BuildingDueSql, BuildingCollectedSql })
        {
            await db.Database.ExecuteSqlRawAsync(
                sql,
                [
                    new NpgsqlParameter<Guid>("org", org),
                    new NpgsqlParameter<string>("zone", zone.Id),
                    new NpgsqlParameter<DateOnly>("since", since),
                    new NpgsqlParameter<DateOnly>("through", through),
                    new NpgsqlParameter<DateTimeOffset>("since_at", CompanyCalendar.StartOf(since, zone)),
                    new NpgsqlParameter<DateTimeOffset>("end_at", CompanyCalendar.StartOf(through.AddDays(1), zone)),
                ],
                cancellationToken);
        }

        await db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO finance.report_figures_coverage (organization_id, covered_through, refreshed_at) VALUES (@org, @through, @now)
            ON CONFLICT (organization_id) DO UPDATE SET covered_through = excluded.covered_through, refreshed_at = excluded.refreshed_at
            """,
            [new NpgsqlParameter<Guid>("org", org), new NpgsqlParameter<DateOnly>("through", through), new NpgsqlParameter<DateTimeOffset>("now", clock.GetUtcNow())],
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Finance report figures {Since} to {Through} in {Elapsed} ms", since, through, watch.ElapsedMilliseconds);
    }

    // The first due date or payment day of the company; with neither yet, only yesterday is written.
    private async Task<DateOnly> FirstDayAsync(DateOnly through, CancellationToken cancellationToken)
    {
        var firstDue = await db.Bills.AsNoTracking().OrderBy(b => b.DueOn).Select(b => (DateOnly?)b.DueOn).FirstOrDefaultAsync(cancellationToken);
        var firstPaid = await db.Payments.AsNoTracking().OrderBy(p => p.PaidAt).Select(p => (DateTimeOffset?)p.PaidAt).FirstOrDefaultAsync(cancellationToken);
        DateOnly?[] days = [firstDue, firstPaid is { } at ? CompanyCalendar.DateOf(at, tenant.TimeZone) : null, through];
        return days.Min()!.Value;
    }
}
