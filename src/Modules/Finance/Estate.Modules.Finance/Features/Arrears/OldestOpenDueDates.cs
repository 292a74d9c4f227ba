using Estate.Modules.Finance.Data;
using Estate.Modules.Finance.Domain;
using Estate.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Estate.Modules.Finance.Features.Arrears;

/// <summary>
/// Each unit's oldest open due date (<see cref="BillableUnit.OldestOpenDueOn"/>), so units in arrears are counted on
/// finance's unit copy instead of its open bills. Bill generation moves it back in its own statement (the older of
/// the two dates, on every unit it bills); a payment locks its unit before reading the unit's open bills and sets
/// the date again from them once settled. A billing run for the unit meanwhile either waits for that lock, then
/// moves the date back, or has committed before the payment reads the bills.
/// </summary>
internal sealed class OldestOpenDueDates(FinanceDbContext db, ITenantContext tenant)
{
    private const string OldestOpenBill =
        "SELECT min(b.due_on) FROM finance.bills b WHERE b.organization_id = u.organization_id AND b.unit_id = u.id AND b.settled_at IS NULL";

    /// <summary>Holds the unit's row until the transaction ends.</summary>
    public Task LockAsync(Guid unitId, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(
            "SELECT 1 FROM finance.billable_units WHERE organization_id = @org AND id = @unit FOR NO KEY UPDATE",
            [Organization(), new NpgsqlParameter<Guid>("unit", unitId)],
            cancellationToken);

    /// <summary>Sets the unit's date from its unsettled bills (the open-bill index), saved ones included.</summary>
    public Task RecountAsync(Guid unitId, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(
            $"UPDATE finance.billable_units u SET oldest_open_due_on = ({OldestOpenBill}) WHERE u.organization_id = @org AND u.id = @unit",
            [Organization(), new NpgsqlParameter<Guid>("unit", unitId)],
            cancellationToken);

    /// <summary>Sets every unit's date of the company from its unsettled bills (after bills were settled in bulk).</summary>
    public Task RecountAllAsync(CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(
            $"""
             UPDATE finance.billable_units u SET oldest_open_due_on = ({OldestOpenBill})
             WHERE u.organization_id = @org AND u.oldest_open_due_on IS DISTINCT FROM ({OldestOpenBill})
             """,
            [Organization()],
            cancellationToken);

    /// <summary>Units of the caller's properties (or of one) owing on a bill due before <paramref name="dueBefore"/>.</summary>
    public Task<int> CountAsync(DateOnly dueBefore, Guid? propertyId, CancellationToken cancellationToken) =>
        db.Units.AsNoTracking()
            .Where(u => u.OldestOpenDueOn < dueBefore && (propertyId == null || u.PropertyId == propertyId))
            .CountAsync(cancellationToken);

    private NpgsqlParameter<Guid> Organization() => new("org", tenant.OrganizationId);
}
