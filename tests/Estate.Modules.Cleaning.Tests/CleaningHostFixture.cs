using System.Net;
using Estate.SharedKernel.Jobs;
using Estate.SharedKernel.Modules;
using Estate.SharedKernel.Tenancy;
using Estate.Testing;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Estate.Modules.Cleaning.Tests;

/// <summary>
/// A Host with Engineering and Cleaning (customer service is not installed) on a database of its own, jobs
/// run by the tests themselves, and two companies A and B.
/// </summary>
public sealed class CleaningHostFixture : IAsyncLifetime
{
    private ModuleFolders _modules = null!;

    public TestDatabase Database { get; private set; } = null!;

    public EstateHost Host { get; private set; } = null!;

    public TestCompany CompanyA { get; private set; } = null!;

    public TestCompany CompanyB { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync("cleaning");
        _modules = ModuleFolders.With("Engineering", "Cleaning", "CustomerService");
        Host = new EstateHost(Database.ConnectionString, _modules.Path, new Dictionary<string, string?> { ["Jobs:Enabled"] = "false" });
        CompanyA = await TestCompany.CreateAsync(Host, "Cleaning A");
        CompanyB = await TestCompany.CreateAsync(Host, "Cleaning B");
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Database.DisposeAsync();
        _modules.Dispose();
    }

    /// <summary>A company of its own, for figures no other test may disturb.</summary>
    public Task<TestCompany> NewCompanyAsync() => TestCompany.CreateAsync(Host);

    public async Task SwitchAsync(TestCompany company, string module, bool enabled) =>
        await (await company.Admin.PutJsonAsync($"/api/platform/modules/{module}", new { enabled })).ReadAsync(HttpStatusCode.OK);

    /// <summary>Runs one of cleaning's recurring jobs for a company, as the Host's scheduler does: in a scope with the company as tenant.</summary>
    public async Task RunJobAsync(Guid organizationId, string jobName)
    {
        await using var scope = ScopeOf(organizationId);
        var type = CleaningAssembly().GetType($"Estate.Modules.Cleaning.Jobs.{jobName}", throwOnError: true)!;
        await ((ITenantJob)scope.ServiceProvider.GetRequiredService(type)).RunAsync(CancellationToken.None);
    }

    /// <summary>Sends one of cleaning's own (internal) requests through MediatR, as another part of the platform would.</summary>
    public async Task<TResponse> SendAsync<TResponse>(Guid organizationId, string requestType, params object?[] arguments)
    {
        await using var scope = ScopeOf(organizationId);
        var request = Activator.CreateInstance(CleaningAssembly().GetType($"Estate.Modules.Cleaning.{requestType}", throwOnError: true)!, arguments)!;
        var send = typeof(IMediator).GetMethod(nameof(IMediator.Send))!.MakeGenericMethod(typeof(TResponse));
        return await (Task<TResponse>)send.Invoke(scope.ServiceProvider.GetRequiredService<IMediator>(), [request, CancellationToken.None])!;
    }

    public AsyncServiceScope ScopeOf(Guid organizationId)
    {
        var scope = Host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetSystem(organizationId);
        return scope;
    }

    private System.Reflection.Assembly CleaningAssembly() =>
        Host.Services.GetRequiredService<IModuleCatalog>().Modules.Single(m => m.Manifest.Id == "cleaning").Assembly;
}

[CollectionDefinition(Name)]
public sealed class CleaningHostCollection : ICollectionFixture<CleaningHostFixture>
{
    public const string Name = "Cleaning host";
}
