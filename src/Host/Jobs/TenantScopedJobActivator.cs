using Estate.SharedKernel.Tenancy;
using Hangfire;

namespace Estate.Host.Jobs;

/// <summary>Runs each job in its own DI scope whose tenant is the company stamped on the job, if any.</summary>
internal sealed class TenantScopedJobActivator(IServiceScopeFactory scopes) : JobActivator
{
    public override JobActivatorScope BeginScope(JobActivatorContext context)
    {
        var scope = scopes.CreateScope();
        var organizationId = context.GetJobParameter<Guid?>(JobTenant.Parameter);
        if (organizationId is { } id)
        {
            scope.ServiceProvider.GetRequiredService<TenantContext>().SetSystem(id);
        }

        return new Scope(scope);
    }

    private sealed class Scope(IServiceScope scope) : JobActivatorScope
    {
        public override object Resolve(Type type) => ActivatorUtilities.GetServiceOrCreateInstance(scope.ServiceProvider, type);

        public override void DisposeScope() => scope.Dispose();
    }
}
