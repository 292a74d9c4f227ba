using Estate.SharedKernel.Modules;
using Estate.SharedKernel.Tenancy;
using MediatR;

namespace Estate.SharedKernel.Behaviors;

/// <summary>
/// Refuses a request of a module switched off for the current company, whoever sends it (an endpoint,
/// another module through its contracts, a job). Platform requests pass.
/// </summary>
public sealed class ModuleEnabledBehavior<TRequest, TResponse>(IModuleCatalog catalog, IModuleSwitches switches, ITenantContext tenant)
    : IPipelineBehavior<TRequest, TResponse>
    where TRequest : IRequest<TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var module = catalog.FindOwner(typeof(TRequest));
        if (module is not null && !await switches.IsEnabledAsync(tenant.OrganizationId, module.Manifest.Id, cancellationToken))
        {
            throw new ModuleDisabledException(module.Manifest.Id);
        }

        return await next();
    }
}
