using Estate.Modules.Cleaning.Domain;
using Estate.SharedKernel.Domain;
using Estate.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Cleaning.Data;

internal sealed class CleaningDbContext(DbContextOptions<CleaningDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "cleaning";

    public override string Schema => SchemaName;

    public DbSet<CleaningZone> Zones => Set<CleaningZone>();

    public DbSet<CleaningSchedule> Schedules => Set<CleaningSchedule>();

    public DbSet<CleaningTask> Tasks => Set<CleaningTask>();

    public DbSet<TaskInspection> TaskInspections => Set<TaskInspection>();

    public DbSet<CollectionPoint> CollectionPoints => Set<CollectionPoint>();

    public DbSet<GarbageCollection> GarbageCollections => Set<GarbageCollection>();

    public DbSet<DeadCorner> DeadCorners => Set<DeadCorner>();

    public DbSet<SupplyPurchase> SupplyPurchases => Set<SupplyPurchase>();

    public DbSet<CleaningSettings> Settings => Set<CleaningSettings>();

    /// <summary>Loads a row to change; stale unless the row is still at <paramref name="version"/>, now and when it is saved.</summary>
    public async Task<TEntity?> FindToChangeAsync<TEntity>(Guid id, uint version, CancellationToken cancellationToken)
        where TEntity : TenantEntity
    {
        var entity = await Set<TEntity>().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (entity is not null)
        {
            ExpectVersion(entity, version);
        }

        return entity;
    }

    /// <summary>
    /// Refuses a change made from an older read at once (a change that alters nothing would otherwise pass, as EF
    /// then sends no UPDATE), and makes the UPDATE check the version against a change made in between.
    /// </summary>
    public void ExpectVersion<TEntity>(TEntity entity, uint version)
        where TEntity : TenantEntity
    {
        var property = Entry(entity).Property<uint>("Version");
        if (property.CurrentValue != version)
        {
            throw new DbUpdateConcurrencyException($"{typeof(TEntity).Name} {entity.Id} is at version {property.CurrentValue}, not {version}.");
        }

        property.OriginalValue = version;
    }

    /// <summary>The company's settings, or the defaults when it never changed them.</summary>
    public async Task<CleaningSettings> SettingsOfAsync(Guid organizationId, CancellationToken cancellationToken) =>
        await Settings.AsNoTracking().FirstOrDefaultAsync(cancellationToken) ?? new CleaningSettings(organizationId);
}
