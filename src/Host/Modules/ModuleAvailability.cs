using Estate.SharedKernel.Modules;
using Estate.SharedKernel.Tenancy;

namespace Estate.Host.Modules;

internal sealed class ModuleAvailability(ModuleCatalog catalog, IModuleSwitches switches, ITenantContext tenant) : IModuleAvailability
{
    public async ValueTask<bool> IsAvailableAsync(string moduleId, CancellationToken cancellationToken = default) =>
        catalog.FindById(moduleId) is not null
        && tenant.HasTenant
        && await switches.IsEnabledAsync(tenant.OrganizationId, moduleId, cancellationToken);
}
