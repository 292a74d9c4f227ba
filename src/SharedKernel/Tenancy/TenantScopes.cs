using Microsoft.Extensions.DependencyInjection;

namespace Estate.SharedKernel.Tenancy;

public static class TenantScopes
{
    /// <summary>
    /// A new DI scope acting for the same company, user and property scope: for work run side by side
    /// (each report or dashboard source with its own DbContext), which one scope's DbContext cannot do.
    /// </summary>
    public static AsyncServiceScope CreateTenantScope(this IServiceScopeFactory scopes, ITenantContext tenant)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        ArgumentNullException.ThrowIfNull(tenant);
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>()
            .Set(tenant.OrganizationId, tenant.UserId, tenant.AllProperties, tenant.PropertyIds, tenant.TimeZone.Id);
        return scope;
    }
}
