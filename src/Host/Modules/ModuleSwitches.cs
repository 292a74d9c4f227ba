using Estate.Host.Platform.Data;
using Estate.SharedKernel.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Estate.Host.Modules;

/// <summary>
/// Reads platform.organization_modules, cached briefly per company: every module request asks, so the
/// answer must be cheap. A switch made on this instance takes effect at once; other instances see it
/// within <see cref="CacheFor"/>.
/// </summary>
internal sealed class ModuleSwitches(IDbContextFactory<PlatformDbContext> contexts, IMemoryCache cache) : IModuleSwitches
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(10);

    public async ValueTask<bool> IsEnabledAsync(Guid organizationId, string moduleId, CancellationToken cancellationToken = default) =>
        (await EnabledModulesAsync(organizationId, cancellationToken)).Contains(moduleId);

    public async Task<IReadOnlySet<string>> EnabledModulesAsync(Guid organizationId, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(CacheKey(organizationId), out IReadOnlySet<string>? enabled))
        {
            return enabled!;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var modules = await db.OrganizationModules.AsNoTracking()
            .Where(m => m.OrganizationId == organizationId && m.Enabled)
            .Select(m => m.ModuleId)
            .ToListAsync(cancellationToken);
        enabled = modules.ToHashSet(StringComparer.Ordinal);
        cache.Set(CacheKey(organizationId), enabled, CacheFor);
        return enabled;
    }

    public void Forget(Guid organizationId) => cache.Remove(CacheKey(organizationId));

    private static string CacheKey(Guid organizationId) => $"modules:{organizationId}";
}
