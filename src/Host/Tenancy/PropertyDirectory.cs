using Estate.Host.Platform.Data;
using Estate.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Estate.Host.Tenancy;

internal sealed class PropertyDirectory(PlatformDbContext db, ITenantContext tenant) : IPropertyDirectory
{
    public async Task<PropertySummary?> FindAsync(Guid propertyId, CancellationToken cancellationToken = default)
    {
        if (!tenant.CanSeeProperty(propertyId))
        {
            return null;
        }

        return await db.Properties.AsNoTracking()
            .Where(p => p.OrganizationId == tenant.OrganizationId && p.Id == propertyId)
            .Select(p => new PropertySummary(p.Id, p.Name))
            .SingleOrDefaultAsync(cancellationToken);
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
}
