using Estate.Modules.Cleaning.Domain;
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

    /// <summary>Loads a row to change; saving it fails with a concurrency error unless the row is still at <paramref name="version"/>.</summary>
    public async Task<TEntity?> FindToChangeAsync<TEntity>(Guid id, uint version, CancellationToken cancellationToken)
        where TEntity : Estate.SharedKernel.Domain.TenantEntity
    {
        var entity = await Set<TEntity>().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (entity is not null)
        {
            Entry(entity).Property<uint>("Version").OriginalValue = version;
        }

        return entity;
    }

    /// <summary>The company's settings, or the defaults when it never changed them.</summary>
    public async Task<CleaningSettings> SettingsOfAsync(Guid organizationId, CancellationToken cancellationToken) =>
        await Settings.AsNoTracking().FirstOrDefaultAsync(cancellationToken) ?? new CleaningSettings(organizationId);
}
