using Estate.SharedKernel.Tenancy;
using Estate.Testing;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Estate.Modules.CustomerService.Tests;

/// <summary>
/// A Host with customer service and engineering on a database of its own, the outbox running, and two
/// companies A and B; on first use, a second Host with customer service alone (no engineering installed).
/// </summary>
public sealed class CustomerServiceHostFixture : IAsyncLifetime
{
    private static readonly Dictionary<string, string?> Settings = new() { ["Jobs:Enabled"] = "false" };

    private ModuleFolders _modules = null!;
    private ModuleFolders? _aloneModules;
    private TestDatabase? _aloneDatabase;

    public TestDatabase Database { get; private set; } = null!;

    public EstateHost Host { get; private set; } = null!;

    public TestCompany CompanyA { get; private set; } = null!;

    public TestCompany CompanyB { get; private set; } = null!;

    /// <summary>A Host without engineering installed, on a database of its own.</summary>
    public EstateHost? HostWithoutEngineering { get; private set; }

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync("customer_service");
        _modules = ModuleFolders.With("CustomerService", "Engineering");
        Host = new EstateHost(Database.ConnectionString, _modules.Path, Settings);
        CompanyA = await TestCompany.CreateAsync(Host, "Customer service A");
        CompanyB = await TestCompany.CreateAsync(Host, "Customer service B");
    }

    public async Task<EstateHost> WithoutEngineeringAsync()
    {
        if (HostWithoutEngineering is null)
        {
            _aloneDatabase = await TestDatabase.CreateAsync("cs_alone");
            _aloneModules = ModuleFolders.With("CustomerService");
            HostWithoutEngineering = new EstateHost(_aloneDatabase.ConnectionString, _aloneModules.Path, Settings);
        }

        return HostWithoutEngineering;
    }

    /// <summary>Sends a request as another module would: in a scope acting for the company.</summary>
    public async Task<T> SendAsync<T>(Guid organizationId, IRequest<T> request)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetSystem(organizationId);
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    public async Task DisposeAsync()
    {
        if (HostWithoutEngineering is not null)
        {
            await HostWithoutEngineering.DisposeAsync();
            await _aloneDatabase!.DisposeAsync();
            _aloneModules!.Dispose();
        }

        await Host.DisposeAsync();
        await Database.DisposeAsync();
        _modules.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class CustomerServiceHostCollection : ICollectionFixture<CustomerServiceHostFixture>
{
    public const string Name = "Customer service host";
}
