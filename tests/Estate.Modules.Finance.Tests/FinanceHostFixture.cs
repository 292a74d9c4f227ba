using Estate.SharedKernel.Tenancy;
using Estate.Testing;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Estate.Modules.Finance.Tests;

/// <summary>
/// A Host with finance, customer service (units and owners) and engineering (projects asking for funding) on a
/// database of its own, the outbox running so events travel between them, and two companies A and B.
/// </summary>
public sealed class FinanceHostFixture : IAsyncLifetime
{
    private ModuleFolders _modules = null!;

    public TestDatabase Database { get; private set; } = null!;

    public EstateHost Host { get; private set; } = null!;

    public TestCompany CompanyA { get; private set; } = null!;

    public TestCompany CompanyB { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync("finance");
        _modules = ModuleFolders.With("CustomerService", "Engineering", "Finance");
        Host = new EstateHost(Database.ConnectionString, _modules.Path, new Dictionary<string, string?> { ["Jobs:Enabled"] = "false" });
        CompanyA = await TestCompany.CreateAsync(Host, "Finance A");
        CompanyB = await TestCompany.CreateAsync(Host, "Finance B");
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
        await Host.DisposeAsync();
        await Database.DisposeAsync();
        _modules.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class FinanceHostCollection : ICollectionFixture<FinanceHostFixture>
{
    public const string Name = "Finance host";
}
