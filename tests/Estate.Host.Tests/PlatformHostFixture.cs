using Estate.Testing;

namespace Estate.Host.Tests;

/// <summary>
/// One Host for the collection, with Engineering and the probe module, Hangfire and the outbox running
/// on a database of its own; two companies A and B made through the API.
/// </summary>
public sealed class PlatformHostFixture : IAsyncLifetime
{
    private ModuleFolders _modules = null!;

    public TestDatabase Database { get; private set; } = null!;

    public EstateHost Host { get; private set; } = null!;

    public TestCompany CompanyA { get; private set; } = null!;

    public TestCompany CompanyB { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync("host");
        _modules = ModuleFolders.With("Engineering", "Probe");
        Host = new EstateHost(Database.ConnectionString, _modules.Path);
        CompanyA = await TestCompany.CreateAsync(Host, "Company A");
        CompanyB = await TestCompany.CreateAsync(Host, "Company B");
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Database.DisposeAsync();
        _modules.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class PlatformHostCollection : ICollectionFixture<PlatformHostFixture>
{
    public const string Name = "Platform host";
}
