using Estate.Modules.CustomerService.Domain;
using Estate.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.CustomerService.Data;

internal sealed class CustomerServiceDbContext(DbContextOptions<CustomerServiceDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "customer_service";

    public override string Schema => SchemaName;

    public DbSet<Building> Buildings => Set<Building>();

    public DbSet<Unit> Units => Set<Unit>();

    public DbSet<Owner> Owners => Set<Owner>();

    public DbSet<Complaint> Complaints => Set<Complaint>();

    public DbSet<ServiceTargets> ServiceTargets => Set<ServiceTargets>();

    public DbSet<SatisfactionSurvey> Surveys => Set<SatisfactionSurvey>();

    public DbSet<SurveyResponse> SurveyResponses => Set<SurveyResponse>();

    public DbSet<Notice> Notices => Set<Notice>();

    public DbSet<NoticeRecipient> NoticeRecipients => Set<NoticeRecipient>();

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

    /// <summary>The company's targets, or the defaults (not yet stored) when it never changed them.</summary>
    public async Task<ServiceTargets> TargetsOfAsync(Guid organizationId, CancellationToken cancellationToken) =>
        await ServiceTargets.FirstOrDefaultAsync(t => t.Id == organizationId, cancellationToken)
        ?? Domain.ServiceTargets.DefaultsFor(organizationId);
}
