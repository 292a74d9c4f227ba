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

    /// <summary>Loads a work order to change; saving it fails with a concurrency error unless the row is still at <paramref name="version"/>.</summary>
    public async Task<WorkOrder?> FindWorkOrderToChangeAsync(Guid id, uint version, CancellationToken cancellationToken)
    {
        var workOrder = await WorkOrders.FirstOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (workOrder is not null)
        {
            Entry(workOrder).Property(w => w.Version).OriginalValue = version;
        }

        return workOrder;
    }
}
