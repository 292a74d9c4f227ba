using Estate.Modules.Finance.Data;
using Estate.Modules.Finance.Features.Arrears;
using Estate.SharedKernel.Persistence;
using Estate.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Estate.Modules.Finance.Reports;

/// <summary>What the bills of a building due in a period ask for and what has been paid on them so far.</summary>
internal sealed record BuildingCollection(Guid BuildingId, decimal Due, decimal Paid);

/// <summary>Reads the company's stored finance figures per property, within the caller's properties.</summary>
internal sealed class StoredFinanceFigures(FinanceDbContext db, ITenantContext tenant)
{
    private const string Scope = "organization_id = @org AND (@all_properties OR property_id = ANY(@properties))";

    // The owed amounts of column owed by age at @day, in ArrearsLedger's four buckets.
    private static readonly string AgeBuckets = $"""
        coalesce(sum(owed) FILTER (WHERE @day - due_on <= {ArrearsLedger.FirstBucketDays}), 0),
        coalesce(sum(owed) FILTER (WHERE @day - due_on > {ArrearsLedger.FirstBucketDays} AND @day - due_on <= {ArrearsLedger.SecondBucketDays}), 0),
        coalesce(sum(owed) FILTER (WHERE @day - due_on > {ArrearsLedger.SecondBucketDays} AND @day - due_on <= {ArrearsLedger.ThirdBucketDays}), 0),
        coalesce(sum(owed) FILTER (WHERE @day - due_on > {ArrearsLedger.ThirdBucketDays}), 0)
        """;

    private const string BillScope = "(@all_properties OR b.property_id = ANY(@properties)) AND (@property::uuid IS NULL OR b.property_id = @property)";

    /// <summary>The last day the figures are written for; null before the first refresh.</summary>
    public Task<DateOnly?> CoveredThroughAsync(CancellationToken cancellationToken) =>
        db.Set<ReportFiguresCoverage>().AsNoTracking()
            .Where(c => c.OrganizationId == tenant.OrganizationId)
            .Select(c => (DateOnly?)c.CoveredThrough)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>What the bills due on [from, to) ask for.</summary>
    public Task<Dictionary<Guid, decimal>> DueAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        SumAsync($"SELECT property_id, sum(amount_due) FROM finance.due_figures WHERE {Scope} AND due_on >= @from AND due_on < @to GROUP BY property_id",
            [new NpgsqlParameter<DateOnly>("from", from), new NpgsqlParameter<DateOnly>("to", to)], cancellationToken);

    /// <summary>What was paid up to the end of <paramref name="paidThrough"/> towards the bills due on [from, to).</summary>
    public Task<Dictionary<Guid, decimal>> CollectedAsync(DateOnly from, DateOnly to, DateOnly paidThrough, CancellationToken cancellationToken) =>
        SumAsync(
            $"""
             SELECT property_id, sum(amount) FROM finance.daily_collections
             WHERE {Scope} AND due_on >= @from AND due_on < @to AND day <= @paid_through GROUP BY property_id
             """,
            [new NpgsqlParameter<DateOnly>("from", from), new NpgsqlParameter<DateOnly>("to", to), new NpgsqlParameter<DateOnly>("paid_through", paidThrough)],
            cancellationToken);

    /// <summary>Money paid on the days [from, to).</summary>
    public Task<Dictionary<Guid, decimal>> CashAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        SumAsync($"SELECT property_id, sum(amount) FROM finance.daily_cash WHERE {Scope} AND day >= @from AND day < @to GROUP BY property_id",
            [new NpgsqlParameter<DateOnly>("from", from), new NpgsqlParameter<DateOnly>("to", to)], cancellationToken);

    /// <summary>
    /// Arrears per property at the end of a covered <paramref name="day"/>, aged as <see cref="ArrearsLedger"/> does: what
    /// the bills due before it ask for less what was paid on them by its end (payments never exceed a bill's amount), that
    /// is less what was paid on them up to the covered day, plus back what of that was paid after <paramref name="day"/>.
    /// </summary>
    public Task<List<ArrearsFigures>> ArrearsAsync(DateOnly day, CancellationToken cancellationToken) =>
        db.QueryAsync(
            $"""
             SELECT property_id, {AgeBuckets}
             FROM (
                 SELECT property_id, due_on, sum(owed) AS owed
                 FROM (
                     SELECT property_id, due_on, amount_due - collected AS owed FROM finance.due_figures WHERE {Scope} AND due_on < @day
                     UNION ALL
                     SELECT property_id, due_on, amount FROM finance.daily_collections WHERE {Scope} AND day > @day AND due_on < @day
                 ) parts
                 GROUP BY property_id, due_on
                 -- As the ledger, which leaves out bills paid in full.
                 HAVING sum(owed) > 0
             ) owed
             GROUP BY property_id
             """,
            [.. Parameters(), new NpgsqlParameter<DateOnly>("day", day)],
            r => new ArrearsFigures(r.GetGuid(0), Guid.Empty, r.GetDecimal(1), r.GetDecimal(2), r.GetDecimal(3), r.GetDecimal(4), 0, 0),
            cancellationToken);

    /// <summary>
    /// What the bills due on [from, to) ask for and what has been paid on them, per building, as of now (see
    /// <see cref="BillsNow"/>).
    /// </summary>
    public Task<List<BuildingCollection>> ByBuildingAsync(DateOnly from, DateOnly to, Guid? propertyId, CancellationToken cancellationToken) =>
        db.QueryAsync(
            $"SELECT building_id, sum(due), sum(paid) FROM ({BillsNow(DueBetween)}) parts GROUP BY building_id",
            [
                .. Parameters(),
                new NpgsqlParameter<DateOnly>("from", from),
                new NpgsqlParameter<DateOnly>("to", to),
                new NpgsqlParameter("property", NpgsqlDbType.Uuid) { Value = (object?)propertyId ?? DBNull.Value },
            ],
            r => new BuildingCollection(r.GetGuid(0), r.GetDecimal(1), r.GetDecimal(2)),
            cancellationToken);

    /// <summary>
    /// Arrears per property as they stand now, aged at <paramref name="day"/> (today) as <see cref="ArrearsLedger"/>
    /// does: what the bills due before it ask for less what has been paid on them (see <see cref="BillsNow"/>), per due
    /// date. The ledger reads every open bill instead (hundreds of thousands at a large company).
    /// </summary>
    public Task<List<ArrearsFigures>> CurrentArrearsAsync(DateOnly day, CancellationToken cancellationToken) =>
        db.QueryAsync(
            $"""
             SELECT property_id, {AgeBuckets}
             FROM (
                 SELECT property_id, due_on, sum(due) - sum(paid) AS owed
                 FROM ({BillsNow(DueBefore)}) parts
                 GROUP BY property_id, due_on
                 HAVING sum(due) > sum(paid)
             ) owed
             GROUP BY property_id
             """,
            [
                .. Parameters(),
                new NpgsqlParameter<DateOnly>("day", day),
                new NpgsqlParameter("property", NpgsqlDbType.Uuid) { Value = DBNull.Value },
            ],
            r => new ArrearsFigures(r.GetGuid(0), Guid.Empty, r.GetDecimal(1), r.GetDecimal(2), r.GetDecimal(3), r.GetDecimal(4), 0, 0),
            cancellationToken);

    /// <summary>
    /// Rows (property_id, building_id, due_on, due, paid) whose sums are, per building and due date meeting
    /// <paramref name="dueOn"/> (a condition on the column named), what the bills ask for and what has been paid on
    /// them as of now: the stored building figures plus the bills of billing runs and the allocations of payments the
    /// refresher has not added yet (an hour's worth at most while it runs; partial indexes find them). Bills come only
    /// from billing runs and change only by payments, so this stays exact. Parameters: @org, @all_properties,
    /// @properties, @property (or null).
    /// </summary>
    private static string BillsNow(Func<string, string> dueOn) =>
        $"""
         SELECT property_id, building_id, due_on, amount_due AS due, collected AS paid
         FROM finance.building_due_figures
         WHERE {Scope} AND (@property::uuid IS NULL OR property_id = @property) AND {dueOn("due_on")}
         UNION ALL
         SELECT b.property_id, b.building_id, b.due_on, b.amount_due, 0::numeric(16,2)
         FROM finance.billing_runs r
         JOIN finance.bills b ON b.organization_id = r.organization_id AND b.due_on = r.due_on AND b.billing_run_id = r.id
         WHERE r.organization_id = @org AND NOT r.in_building_figures AND {dueOn("r.due_on")} AND {BillScope}
         UNION ALL
         SELECT b.property_id, b.building_id, b.due_on, 0::numeric(16,2), a.amount
         FROM finance.payments p
         JOIN finance.payment_allocations a ON a.organization_id = p.organization_id AND a.payment_id = p.id
         JOIN finance.bills b ON b.organization_id = a.organization_id AND b.id = a.bill_id
         WHERE p.organization_id = @org AND NOT p.in_building_figures AND {dueOn("b.due_on")} AND {BillScope}
         """;

    private static string DueBetween(string column) => $"{column} >= @from AND {column} < @to";

    private static string DueBefore(string column) => $"{column} < @day";

    private async Task<Dictionary<Guid, decimal>> SumAsync(string sql, NpgsqlParameter[] parameters, CancellationToken cancellationToken) =>
        (await db.QueryAsync(sql, [.. Parameters(), .. parameters], r => (r.GetGuid(0), r.GetDecimal(1)), cancellationToken))
        .ToDictionary(s => s.Item1, s => s.Item2);

    private NpgsqlParameter[] Parameters() =>
    [
        new NpgsqlParameter<Guid>("org", tenant.OrganizationId),
        new NpgsqlParameter<bool>("all_properties", tenant.AllProperties),
        new NpgsqlParameter("properties", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = tenant.PropertyIds.ToArray() },
    ];
}
