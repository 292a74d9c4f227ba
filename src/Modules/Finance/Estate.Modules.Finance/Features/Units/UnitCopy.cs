using Estate.Modules.CustomerService.Contracts;
using Estate.Modules.Finance.Data;
using Estate.Modules.Finance.Domain;
using Estate.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Estate.Modules.Finance.Features.Units;

/// <summary>
/// Writes finance's copy of customer service's units (<see cref="BillableUnit"/>) in set-based statements on the
/// context's connection and transaction: a page of <see cref="UnitInfo"/> in one upsert, single units from
/// customer service's events. Only rows whose values differ are rewritten, so refreshing an unchanged copy
/// writes next to nothing. Every statement names the current company.
/// </summary>
internal sealed class UnitCopy(FinanceDbContext db, ITenantContext tenant, TimeProvider clock)
{
    private const string Columns = "property_id, building_id, building_name, unit_number, floor_area, owner_id, owner_name";

    // One statement per page of up to 10,000 units; rows that would not change are left alone.
    private static readonly string UpsertPage = $"""
        INSERT INTO finance.billable_units AS t (organization_id, id, {Columns}, updated_at, removed_at)
        SELECT @org, u.id, u.property_id, u.building_id, u.building_name, u.unit_number, u.floor_area, u.owner_id, u.owner_name, @now, NULL
        FROM unnest(@ids, @properties, @buildings, @building_names, @numbers, @areas, @owner_ids, @owner_names)
            AS u(id, property_id, building_id, building_name, unit_number, floor_area, owner_id, owner_name)
        ON CONFLICT (organization_id, id) DO UPDATE SET
            property_id = excluded.property_id, building_id = excluded.building_id, building_name = excluded.building_name,
            unit_number = excluded.unit_number, floor_area = excluded.floor_area, owner_id = excluded.owner_id, owner_name = excluded.owner_name,
            updated_at = excluded.updated_at, removed_at = NULL
        WHERE t.removed_at IS NOT NULL
           OR ({Prefixed("t")}) IS DISTINCT FROM ({Prefixed("excluded")})
        """;

    /// <summary>Upserts one page of customer service's units; returns how many rows were added or changed.</summary>
    public Task<int> UpsertAsync(IReadOnlyList<UnitInfo> units, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(units);
        if (units.Count == 0)
        {
            return Task.FromResult(0);
        }

        return db.Database.ExecuteSqlRawAsync(
            UpsertPage,
            [
                Organization(),
                Now(),
                Array("ids", units.Select(u => u.UnitId), NpgsqlDbType.Uuid),
                Array("properties", units.Select(u => u.PropertyId), NpgsqlDbType.Uuid),
                Array("buildings", units.Select(u => u.BuildingId), NpgsqlDbType.Uuid),
                Array("building_names", units.Select(u => Cut(u.BuildingName, BillableUnit.BuildingNameMaxLength)), NpgsqlDbType.Text),
                Array("numbers", units.Select(u => Cut(u.UnitNumber, BillableUnit.UnitNumberMaxLength)), NpgsqlDbType.Text),
                Array("areas", units.Select(u => u.FloorArea), NpgsqlDbType.Numeric),
                Array("owner_ids", units.Select(u => u.OwnerId), NpgsqlDbType.Uuid),
                Array("owner_names", units.Select(u => u.OwnerName is null ? null : Cut(u.OwnerName, BillableUnit.OwnerNameMaxLength)), NpgsqlDbType.Text),
            ],
            cancellationToken);
    }

    /// <summary>Marks removed every unit of the copy customer service did not list in a full refresh.</summary>
    public Task<int> MarkRemovedExceptAsync(IReadOnlyCollection<Guid> listed, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(
            // <> ALL over a large array is hashed by PostgreSQL 15+, so this is one pass over the company's units.
            "UPDATE finance.billable_units SET removed_at = @now WHERE organization_id = @org AND removed_at IS NULL AND id <> ALL(@listed)",
            [Organization(), Now(), Array("listed", listed, NpgsqlDbType.Uuid)],
            cancellationToken);

    /// <summary>A unit added or changed in customer service; its owner is kept (the event does not carry one).</summary>
    public Task ChangedAsync(UnitChanged changed, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO finance.billable_units AS t (organization_id, id, property_id, building_id, building_name, unit_number, floor_area, updated_at)
            VALUES (@org, @id, @property, @building, @building_name, @number, @area, @now)
            ON CONFLICT (organization_id, id) DO UPDATE SET
                property_id = excluded.property_id, building_id = excluded.building_id, building_name = excluded.building_name,
                unit_number = excluded.unit_number, floor_area = excluded.floor_area, updated_at = excluded.updated_at, removed_at = NULL
            """,
            [
                Organization(),
                Now(),
                new NpgsqlParameter<Guid>("id", changed.UnitId),
                new NpgsqlParameter<Guid>("property", changed.PropertyId),
                new NpgsqlParameter<Guid>("building", changed.BuildingId),
                new NpgsqlParameter<string>("building_name", Cut(changed.BuildingName, BillableUnit.BuildingNameMaxLength)),
                new NpgsqlParameter<string>("number", Cut(changed.UnitNumber, BillableUnit.UnitNumberMaxLength)),
                new NpgsqlParameter<decimal>("area", changed.FloorArea),
            ],
            cancellationToken);

    public Task RemovedAsync(Guid unitId, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(
            "UPDATE finance.billable_units SET removed_at = @now WHERE organization_id = @org AND id = @id AND removed_at IS NULL",
            [Organization(), Now(), new NpgsqlParameter<Guid>("id", unitId)],
            cancellationToken);

    /// <summary>
    /// An owner changed: a unit billed to them follows a new name, a unit they no longer own (moved, or now a tenant)
    /// loses them, and a unit without an owner takes them. Which owner customer service bills when a unit has
    /// several is settled at the next full refresh.
    /// </summary>
    public Task OwnerChangedAsync(OwnerChanged changed, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(
            """
            UPDATE finance.billable_units
            SET owner_id = CASE WHEN @is_owner AND id = @unit THEN @owner END,
                owner_name = CASE WHEN @is_owner AND id = @unit THEN @name END,
                updated_at = @now
            WHERE organization_id = @org
              AND (owner_id = @owner OR (@is_owner AND id = @unit AND owner_id IS NULL))
            """,
            [
                Organization(),
                Now(),
                new NpgsqlParameter<Guid>("owner", changed.OwnerId),
                new NpgsqlParameter<Guid>("unit", changed.UnitId),
                new NpgsqlParameter<string>("name", Cut(changed.Name, BillableUnit.OwnerNameMaxLength)),
                new NpgsqlParameter<bool>("is_owner", changed.IsOwner),
            ],
            cancellationToken);

    private static string Prefixed(string table) =>
        string.Join(", ", Columns.Split(", ").Select(c => $"{table}.{c}"));

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length];

    private NpgsqlParameter<Guid> Organization() => new NpgsqlParameter<Guid>("org", tenant.OrganizationId);

    private NpgsqlParameter<DateTimeOffset> Now() => new NpgsqlParameter<DateTimeOffset>("now", clock.StoredNow());

    private static NpgsqlParameter Array<T>(string name, IEnumerable<T> values, NpgsqlDbType type) =>
        new(name, NpgsqlDbType.Array | type) { Value = values.ToArray() };
}
