using Estate.Host.Platform.Data;
using Estate.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Estate.Host.Tenancy;

/// <summary>
/// The platform's properties for modules. A single property is cached briefly per company: every record a module
/// creates for a property asks first, and without the cache that question costs a second connection per write.
/// Properties are never deleted; a renamed one is forgotten at once on this instance, on others within
/// <see cref="CacheFor"/>.
/// </summary>
internal sealed class PropertyDirectory(PlatformDbContext db, ITenantContext tenant, IMemoryCache cache) : IPropertyDirectory
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(1);

    public async Task<PropertySummary?> FindAsync(Guid propertyId, CancellationToken cancellationToken = default)
    {
        if (!tenant.CanSeeProperty(propertyId))
        {
            return null;
        }

        var organizationId = tenant.OrganizationId;
        if (cache.TryGetValue(CacheKey(organizationId, propertyId), out PropertySummary? known))
        {
            return known;
        }

        var property = await db.Properties.AsNoTracking()
            .Where(p => p.OrganizationId == organizationId && p.Id == propertyId)
            .Select(p => new PropertySummary(p.Id, p.Name))
            .SingleOrDefaultAsync(cancellationToken);
        if (property is not null)
        {
            cache.Set(CacheKey(organizationId, propertyId), property, CacheFor);
        }

        return property;
    }

    public async Task<IReadOnlyList<PropertySummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        var organizationId = tenant.OrganizationId;
        var all = tenant.AllProperties;
        var visible = tenant.PropertyIds.ToArray();
        return await db.Properties.AsNoTracking()
            .Where(p => p.OrganizationId == organizationId && (all || visible.Contains(p.Id)))
            .OrderBy(p => p.Name)
            .Select(p => new PropertySummary(p.Id, p.Name))
            .ToListAsync(cancellationToken);
    }

    public static void Forget(IMemoryCache cache, Guid organizationId, Guid propertyId) => cache.Remove(CacheKey(organizationId, propertyId));

    private static string CacheKey(Guid organizationId, Guid propertyId) => $"property:{organizationId}:{propertyId}";
}
