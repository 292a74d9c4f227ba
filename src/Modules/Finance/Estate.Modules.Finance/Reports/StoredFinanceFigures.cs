using Estate.Modules.Finance.Data;
using Estate.Modules.Finance.Features.Arrears;
using Estate.SharedKernel.Persistence;
using Estate.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Estate.Modules.Finance.Reports;

/// <summary>Reads the company's stored finance figures per property, within the caller's properties.</summary>
internal sealed class StoredFinanceFigures(FinanceDbContext db, ITenantContext tenant)
{
    private const string Scope = "organization_id = @org AND (@all_properties OR property_id = ANY(@properties))";

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
             SELECT property_id,
                    coalesce(sum(owed) FILTER (WHERE @day - due_on <= {ArrearsLedger.FirstBucketDays}), 0),
                    coalesce(sum(owed) FILTER (WHERE @day - due_on > {ArrearsLedger.FirstBucketDays} AND @day - due_on <= {ArrearsLedger.SecondBucketDays}), 0),
                    coalesce(sum(owed) FILTER (WHERE @day - due_on > {ArrearsLedger.SecondBucketDays} AND @day - due_on <= {ArrearsLedger.ThirdBucketDays}), 0),
                    coalesce(sum(owed) FILTER (WHERE @day - due_on > {ArrearsLedger.ThirdBucketDays}), 0)
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
