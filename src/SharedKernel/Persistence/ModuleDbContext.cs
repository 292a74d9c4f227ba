using Estate.SharedKernel.Domain;
using Estate.SharedKernel.Messaging;
using Estate.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Estate.SharedKernel.Persistence;

/// <summary>
/// The base of every module's DbContext: its own schema, the outbox and inbox, tenant query filters
/// on every <see cref="TenantEntity"/>, and a SaveChanges that refuses rows of another company.
/// The filters read the tenant through this instance at query time, so a pooled context rented by
/// another scope filters by that scope's tenant.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options)
{
    public const string TenantFilter = "Tenant";
    public const string PropertyScopeFilter = "PropertyScope";

    private ITenantContext? _tenant;
    private TimeProvider _clock = TimeProvider.System;

    /// <summary>The schema the module owns.</summary>
    public abstract string Schema { get; }

    // Read by the query filters; EF turns them into parameters evaluated per query.
    private Guid? CurrentOrganizationId => _tenant?.OrganizationIdOrNull;

    private bool SeesAllProperties => _tenant?.AllProperties ?? false;

    private Guid[] VisiblePropertyIds => _tenant is null ? [] : [.. _tenant.PropertyIds];

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    /// <summary>Binds the context to the scope it was rented for (called by the scoped registration).</summary>
    public void AttachToScope(ITenantContext tenant, TimeProvider clock)
    {
        _tenant = tenant;
        _clock = clock;
    }

    /// <summary>Stores an integration event in the outbox; it is committed with the rest of this unit of work.</summary>
    public void Publish(IIntegrationEvent integrationEvent) =>
        OutboxMessages.Add(OutboxMessage.For(integrationEvent, _clock.GetUtcNow()));

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseRowsOfOtherTenants();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseRowsOfOtherTenants();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfigurationsFromAssembly(GetType().Assembly);

        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable(OutboxMessage.Table);
            outbox.HasKey(m => m.Id);
            outbox.Property(m => m.Type).HasMaxLength(300);
            outbox.Property(m => m.Payload).HasColumnType("jsonb");
            outbox.HasIndex(m => m.OccurredAt).HasFilter("processed_at IS NULL");
        });
        modelBuilder.Entity<InboxMessage>(inbox =>
        {
            inbox.ToTable(InboxMessage.Table);
            inbox.HasKey(m => new { m.MessageId, m.Handler });
            inbox.Property(m => m.Handler).HasMaxLength(300);
        });

        foreach (var entityType in modelBuilder.Model.GetEntityTypes().Where(t => typeof(TenantEntity).IsAssignableFrom(t.ClrType)).ToList())
        {
            var apply = typeof(PropertyEntity).IsAssignableFrom(entityType.ClrType) ? ApplyPropertyFiltersMethod : ApplyTenantFilterMethod;
            apply.MakeGenericMethod(entityType.ClrType).Invoke(this, [modelBuilder]);
        }
    }

    private static readonly System.Reflection.MethodInfo ApplyTenantFilterMethod =
        typeof(ModuleDbContext).GetMethod(nameof(ApplyTenantFilter), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;

    private static readonly System.Reflection.MethodInfo ApplyPropertyFiltersMethod =
        typeof(ModuleDbContext).GetMethod(nameof(ApplyPropertyFilters), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;

    private void ApplyTenantFilter<TEntity>(ModelBuilder modelBuilder)
        where TEntity : TenantEntity
    {
        var entity = modelBuilder.Entity<TEntity>();
        entity.HasKey(e => new { e.OrganizationId, e.Id });
        entity.HasQueryFilter(TenantFilter, e => e.OrganizationId == CurrentOrganizationId);
    }

    private void ApplyPropertyFilters<TEntity>(ModelBuilder modelBuilder)
        where TEntity : PropertyEntity
    {
        ApplyTenantFilter<TEntity>(modelBuilder);
        modelBuilder.Entity<TEntity>().HasQueryFilter(PropertyScopeFilter, e => SeesAllProperties || VisiblePropertyIds.Contains(e.PropertyId));
    }

    private void RefuseRowsOfOtherTenants()
    {
        foreach (var entry in ChangeTracker.Entries<TenantEntity>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && entry.Entity.OrganizationId != CurrentOrganizationId)
            {
                throw new CrossTenantWriteException(entry.Entity.GetType().Name, entry.Entity.OrganizationId, CurrentOrganizationId);
            }
        }

        foreach (var entry in ChangeTracker.Entries<OutboxMessage>())
        {
            if (entry.State == EntityState.Added && entry.Entity.OrganizationId != CurrentOrganizationId)
            {
                throw new CrossTenantWriteException(nameof(OutboxMessage), entry.Entity.OrganizationId, CurrentOrganizationId);
            }
        }
    }
}
