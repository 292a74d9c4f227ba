using Autofac;
using Estate.SharedKernel.Jobs;
using Estate.SharedKernel.Modules;
using Estate.SharedKernel.Persistence;
using Estate.SharedKernel.Tenancy;
using Estate.Testing;

namespace Estate.Modules.Engineering.Tests;

/// <summary>
/// A scope of the test Host acting for one company as the system does (jobs, event delivery), optionally at
/// a chosen time: the scope's TimeProvider is replaced, so a job can run "three hours later".
/// </summary>
internal sealed class EngineeringScope : IAsyncDisposable
{
    private readonly ILifetimeScope _scope;

    private EngineeringScope(ILifetimeScope scope) => _scope = scope;

    public static EngineeringScope For(EstateHost host, Guid companyId, DateTimeOffset? at = null)
    {
        var root = (ILifetimeScope)host.Services.GetService(typeof(ILifetimeScope))!;
        var scope = at is { } now
            ? root.BeginLifetimeScope(builder => builder.RegisterInstance<TimeProvider>(new FixedClock(now)))
            : root.BeginLifetimeScope();
        scope.Resolve<TenantContext>().SetSystem(companyId);
        return new EngineeringScope(scope);
    }

    public T Resolve<T>()
        where T : notnull => _scope.Resolve<T>();

    /// <summary>Runs one of engineering's recurring jobs, by class name, as Hangfire would for this company.</summary>
    public Task RunJobAsync(string jobName) =>
        ((ITenantJob)_scope.Resolve(EngineeringType($"Estate.Modules.Engineering.Jobs.{jobName}"))).RunAsync(CancellationToken.None);

    /// <summary>Saves what an event handler left, as the outbox dispatcher does after the handler ran.</summary>
    public Task SaveEngineeringAsync() =>
        ((ModuleDbContext)_scope.Resolve(Engineering.Module.DbContextType!)).SaveChangesAsync();

    public Type EngineeringType(string fullName) =>
        Engineering.Assembly.GetType(fullName, throwOnError: true)!;

    private LoadedModule Engineering => _scope.Resolve<IModuleCatalog>().Modules.Single(m => m.Manifest.Id == "engineering");

    public async ValueTask DisposeAsync() => await _scope.DisposeAsync();

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
