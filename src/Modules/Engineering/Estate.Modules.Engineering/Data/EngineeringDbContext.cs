using Estate.Modules.Engineering.Contracts;
using Estate.Modules.Engineering.Domain;
using Estate.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Engineering.Data;

internal sealed class EngineeringDbContext(DbContextOptions<EngineeringDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "engineering";

    public override string Schema => SchemaName;

    public DbSet<WorkOrder> WorkOrders => Set<WorkOrder>();

    public DbSet<Facility> Facilities => Set<Facility>();

    public DbSet<MaintenanceRecord> MaintenanceRecords => Set<MaintenanceRecord>();

    public DbSet<MaintenancePlan> MaintenancePlans => Set<MaintenancePlan>();

    public DbSet<ResolutionTimeLimit> TimeLimits => Set<ResolutionTimeLimit>();

    public DbSet<Project> Projects => Set<Project>();

    /// <summary>Loads a work order to change; saving it fails with a concurrency error unless the row is still at <paramref name="version"/>.</summary>
    public Task<WorkOrder?> FindWorkOrderToChangeAsync(Guid id, uint version, CancellationToken cancellationToken) =>
        FindToChangeAsync(WorkOrders, w => w.Id == id, w => w.Version, version, cancellationToken);

    public Task<Facility?> FindFacilityToChangeAsync(Guid id, uint version, CancellationToken cancellationToken) =>
        FindToChangeAsync(Facilities, f => f.Id == id, f => f.Version, version, cancellationToken);

    public Task<MaintenancePlan?> FindMaintenancePlanToChangeAsync(Guid id, uint version, CancellationToken cancellationToken) =>
        FindToChangeAsync(MaintenancePlans, p => p.Id == id, p => p.Version, version, cancellationToken);

    public Task<Project?> FindProjectToChangeAsync(Guid id, uint version, CancellationToken cancellationToken) =>
        FindToChangeAsync(Projects, p => p.Id == id, p => p.Version, version, cancellationToken);

    /// <summary>The company's time limit for a category and priority: its own where set, else the platform default.</summary>
    public async Task<TimeSpan> ResolutionTimeLimitAsync(WorkOrderCategory category, WorkOrderPriority priority, CancellationToken cancellationToken)
    {
        var hours = await TimeLimits.AsNoTracking()
            .Where(l => l.Category == category && l.Priority == priority)
            .Select(l => (int?)l.Hours)
            .FirstOrDefaultAsync(cancellationToken);
        return TimeSpan.FromHours(hours ?? ResolutionTimeLimits.DefaultHours(priority));
    }

    private async Task<TEntity?> FindToChangeAsync<TEntity>(
        DbSet<TEntity> set,
        System.Linq.Expressions.Expression<Func<TEntity, bool>> match,
        System.Linq.Expressions.Expression<Func<TEntity, uint>> versionProperty,
        uint version,
        CancellationToken cancellationToken)
        where TEntity : class
    {
        var entity = await set.FirstOrDefaultAsync(match, cancellationToken);
        if (entity is null)
        {
            return null;
        }

        // Read stale is refused even when the change would leave the row as it is (EF would then write nothing);
        // the original value makes a change racing in between this read and the save fail too.
        var stored = Entry(entity).Property(versionProperty);
        if (stored.CurrentValue != version)
        {
            throw new DbUpdateConcurrencyException($"{typeof(TEntity).Name} was changed since version {version} was read.");
        }

        stored.OriginalValue = version;
        return entity;
    }
}
