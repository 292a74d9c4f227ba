using System.Linq.Expressions;
using Estate.Modules.Finance.Domain;
using Estate.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Finance.Data;

internal sealed class FinanceDbContext(DbContextOptions<FinanceDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "finance";

    public override string Schema => SchemaName;

    public DbSet<FeeItem> FeeItems => Set<FeeItem>();

    public DbSet<BillableUnit> Units => Set<BillableUnit>();

    public DbSet<ParkingSpace> ParkingSpaces => Set<ParkingSpace>();

    public DbSet<Bill> Bills => Set<Bill>();

    public DbSet<BillingRun> BillingRuns => Set<BillingRun>();

    public DbSet<Payment> Payments => Set<Payment>();

    public DbSet<PaymentAllocation> PaymentAllocations => Set<PaymentAllocation>();

    public DbSet<Budget> Budgets => Set<Budget>();

    public DbSet<FundRequest> FundRequests => Set<FundRequest>();

    public DbSet<Expense> Expenses => Set<Expense>();

    /// <summary>Loads a row to change; saving it fails with a concurrency error unless the row is still at <paramref name="version"/>.</summary>
    public async Task<TEntity?> FindToChangeAsync<TEntity>(
        IQueryable<TEntity> rows, Expression<Func<TEntity, uint>> versionProperty, uint version, CancellationToken cancellationToken)
        where TEntity : class
    {
        var entity = await rows.FirstOrDefaultAsync(cancellationToken);
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
