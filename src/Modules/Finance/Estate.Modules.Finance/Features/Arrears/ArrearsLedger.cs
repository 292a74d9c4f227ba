using Estate.Modules.Finance.Data;
using Estate.SharedKernel.Persistence;
using Estate.SharedKernel.Tenancy;
using Npgsql;
using NpgsqlTypes;

namespace Estate.Modules.Finance.Features.Arrears;

/// <summary>Overdue amounts of one building, split by how long past due they are (days after the due date).</summary>
internal sealed record ArrearsFigures(
    Guid PropertyId, Guid BuildingId, decimal Days0To30, decimal Days31To90, decimal Days91To180, decimal Over180Days, int Bills, int Units)
{
    public decimal Total => Days0To30 + Days31To90 + Days91To180 + Over180Days;
}

/// <summary>
/// Arrears: what bills past their due date still owe, aged 0–30, 31–90, 91–180 and over 180 days past due. Today's
/// come from the open bills alone (a partial index); a past day's are rebuilt from the bills not yet settled then and
/// the payments made before its end, so the meeting report can compare with the previous period.
/// </summary>
internal sealed class ArrearsLedger(FinanceDbContext db, ITenantContext tenant, TimeProvider clock)
{
    public const int FirstBucketDays = 30;
    public const int SecondBucketDays = 90;
    public const int ThirdBucketDays = 180;

    /// <summary>Arrears per building as they stood at the end of <paramref name="day"/> (today: as they stand now).</summary>
    public Task<List<ArrearsFigures>> ByBuildingAsync(DateOnly day, Guid? propertyId, Guid? buildingId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var endOfDay = CompanyCalendar.StartOf(day.AddDays(1), tenant.TimeZone);
        var current = endOfDay >= now;
        var owed = current
            ? "b.amount_due - b.amount_paid"
            : """
              b.amount_due - coalesce((SELECT sum(a.amount) FROM finance.payment_allocations a
                                       WHERE a.organization_id = b.organization_id AND a.bill_id = b.id AND a.paid_at < @at), 0)
              """;
        // A bill entered late for an old period was owed all the same, so a past day counts it too.
        var open = current ? "b.settled_at IS NULL" : "(b.settled_at IS NULL OR b.settled_at >= @at)";
        var sql = $"""
            SELECT property_id, building_id,
                   coalesce(sum(owed) FILTER (WHERE @day - due_on <= {FirstBucketDays}), 0),
                   coalesce(sum(owed) FILTER (WHERE @day - due_on > {FirstBucketDays} AND @day - due_on <= {SecondBucketDays}), 0),
                   coalesce(sum(owed) FILTER (WHERE @day - due_on > {SecondBucketDays} AND @day - due_on <= {ThirdBucketDays}), 0),
                   coalesce(sum(owed) FILTER (WHERE @day - due_on > {ThirdBucketDays}), 0),
                   count(*)::int, count(DISTINCT unit_id)::int
            FROM (
                SELECT b.property_id, b.building_id, b.unit_id, b.due_on, {owed} AS owed
                FROM finance.bills b
                WHERE b.organization_id = @org AND {open} AND b.due_on < @day
                  AND (@all_properties OR b.property_id = ANY(@properties))
                  AND (@property::uuid IS NULL OR b.property_id = @property)
                  AND (@building::uuid IS NULL OR b.building_id = @building)
            ) bills
            WHERE owed > 0
            GROUP BY property_id, building_id
            """;
        return db.QueryAsync(
            sql,
            [
                new NpgsqlParameter<Guid>("org", tenant.OrganizationId),
                new NpgsqlParameter<DateOnly>("day", day),
                new NpgsqlParameter<DateTimeOffset>("at", current ? now : endOfDay),
                new NpgsqlParameter<bool>("all_properties", tenant.AllProperties),
                new NpgsqlParameter("properties", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = tenant.PropertyIds.ToArray() },
                new NpgsqlParameter("property", NpgsqlDbType.Uuid) { Value = (object?)propertyId ?? DBNull.Value },
                new NpgsqlParameter("building", NpgsqlDbType.Uuid) { Value = (object?)buildingId ?? DBNull.Value },
            ],
            r => new ArrearsFigures(r.GetGuid(0), r.GetGuid(1), r.GetDecimal(2), r.GetDecimal(3), r.GetDecimal(4), r.GetDecimal(5), r.GetInt32(6), r.GetInt32(7)),
            cancellationToken);
    }
}
