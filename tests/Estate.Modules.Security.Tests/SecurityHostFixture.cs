using System.Reflection;
using Autofac;
using Estate.SharedKernel.Jobs;
using Estate.SharedKernel.Modules;
using Estate.SharedKernel.Tenancy;
using Estate.Testing;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Estate.Modules.Security.Tests;

/// <summary>A Host with Engineering and Security on a database of its own, and two companies A and B.</summary>
public sealed class SecurityHostFixture : IAsyncLifetime
{
    private ModuleFolders _modules = null!;

    public TestDatabase Database { get; private set; } = null!;

    public EstateHost Host { get; private set; } = null!;

    public TestCompany CompanyA { get; private set; } = null!;

    public TestCompany CompanyB { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync("security");
        _modules = ModuleFolders.With("Engineering", "Security");
        Host = new EstateHost(Database.ConnectionString, _modules.Path, new Dictionary<string, string?> { ["Jobs:Enabled"] = "false" });
        CompanyA = await TestCompany.CreateAsync(Host, "Security A");
        CompanyB = await TestCompany.CreateAsync(Host, "Security B");
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Database.DisposeAsync();
        _modules.Dispose();
    }

    /// <summary>Runs one of security's recurring jobs for a company as the Host would, at the given time.</summary>
    public Task RunJobAsync(Guid organizationId, string jobName, DateTimeOffset now) =>
        InScopeAsync(organizationId, now, services =>
        {
            var type = SecurityType($"Estate.Modules.Security.Jobs.{jobName}");
            return ((ITenantJob)services.Resolve(type)).RunAsync(CancellationToken.None);
        });

    /// <summary>Sends a request of the security module (built by name, as another module or a job would) for a company.</summary>
    public Task SendAsync(Guid organizationId, string requestType, params object?[] arguments) =>
        InScopeAsync(organizationId, DateTimeOffset.UtcNow, async services =>
        {
            var request = Activator.CreateInstance(SecurityType(requestType), arguments)!;
            var response = request.GetType().GetInterfaces().Single(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>)).GetGenericArguments()[0];
            var send = typeof(IMediator).GetMethod(nameof(IMediator.Send))!.MakeGenericMethod(response);
            try
            {
                await (Task)send.Invoke(services.Resolve<IMediator>(), [request, CancellationToken.None])!;
            }
            catch (TargetInvocationException exception) when (exception.InnerException is not null)
            {
                throw exception.InnerException;
            }
        });

    public async Task InScopeAsync(Guid organizationId, DateTimeOffset now, Func<ILifetimeScope, Task> action)
    {
        // A child scope of the Host's container with its own clock: jobs see the time the test chooses.
        await using var scope = Host.Services.GetRequiredService<ILifetimeScope>().BeginLifetimeScope(b => b.RegisterInstance<TimeProvider>(new FixedClock(now)));
        scope.Resolve<TenantContext>().SetSystem(organizationId);
        await action(scope);
    }

    private Type SecurityType(string name) =>
        Host.Services.GetRequiredService<IModuleCatalog>().Modules.Single(m => m.Manifest.Id == "security").Assembly.GetType(name, throwOnError: true)!;

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}

[CollectionDefinition(Name)]
public sealed class SecurityHostCollection : ICollectionFixture<SecurityHostFixture>
{
    public const string Name = "Security host";
}
