using Estate.Host.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Estate.Host.Tenancy;

/// <summary>
/// A company's time zone for work done without a signed-in user (jobs, integration events), so "today" and a report's
/// days are the company's, as they are for its users. Cached briefly: every job run and delivered event asks.
/// </summary>
internal sealed class CompanyTimeZones(IDbContextFactory<PlatformDbContext> contexts, IMemoryCache cache)
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(5);

    public async Task<string?> FindAsync(Guid organizationId, CancellationToken cancellationToken)
    {
        var key = $"time-zone:{organizationId}";
        if (cache.TryGetValue(key, out string? zone))
        {
            return zone;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        zone = await db.Organizations.AsNoTracking().Where(o => o.Id == organizationId).Select(o => o.TimeZoneId).SingleOrDefaultAsync(cancellationToken);
        cache.Set(key, zone, CacheFor);
        return zone;
    }
}
