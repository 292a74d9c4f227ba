using Autofac;
using Estate.SharedKernel.Jobs;
using Estate.SharedKernel.Modules;
using Estate.SharedKernel.Seeding;
using Estate.SharedKernel.Tenancy;
using Estate.Testing;

namespace Estate.Modules.Finance.Tests;

/// <summary>A scope of the test Host acting for one company as the system does (jobs, seeding), optionally at a chosen time.</summary>
internal sealed class FinanceScope : IAsyncDisposable
{
    private readonly ILifetimeScope _scope;

    private FinanceScope(ILifetimeScope scope) => _scope = scope;

    public static FinanceScope For(EstateHost host, Guid companyId, DateTimeOffset? at = null)
    {
        var root = (ILifetimeScope)host.Services.GetService(typeof(ILifetimeScope))!;
        var scope = at is { } now
            ? root.BeginLifetimeScope(builder => builder.RegisterInstance<TimeProvider>(new FixedClock(now)))
            : root.BeginLifetimeScope();
        scope.Resolve<TenantContext>().SetSystem(companyId);
        return new FinanceScope(scope);
    }

    public T Resolve<T>()
        where T : notnull => _scope.Resolve<T>();

    /// <summary>Runs one of finance's recurring jobs, by class name, as Hangfire would for this company.</summary>
    public Task RunJobAsync(string jobName) =>
        ((ITenantJob)_scope.Resolve(Finance.Assembly.GetType($"Estate.Modules.Finance.Jobs.{jobName}", throwOnError: true)!)).RunAsync(CancellationToken.None);

    public Task SeedDemoAsync(DemoCompany company) => SeedAsync("FinanceDemoData", company);

    /// <summary>Customer service's demo units and owners, as the Host seeds them before finance's.</summary>
    public Task SeedCustomerServiceAsync(DemoCompany company) => SeedAsync("CustomerServiceDemoData", company);

    private Task SeedAsync(string seeder, DemoCompany company) =>
        _scope.Resolve<IEnumerable<IDemoDataSeeder>>().Single(s => s.GetType().Name == seeder).SeedAsync(company, CancellationToken.None);

    private LoadedModule Finance => _scope.Resolve<IModuleCatalog>().Modules.Single(m => m.Manifest.Id == "finance");

    public async ValueTask DisposeAsync() => await _scope.DisposeAsync();

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
