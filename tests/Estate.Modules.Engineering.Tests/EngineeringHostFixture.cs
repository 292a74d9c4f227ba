using Estate.Testing;

namespace Estate.Modules.Engineering.Tests;

/// <summary>A Host with Engineering alone on a database of its own, and two companies A and B.</summary>
public sealed class EngineeringHostFixture : IAsyncLifetime
{
    private ModuleFolders _modules = null!;

    public TestDatabase Database { get; private set; } = null!;

    public EstateHost Host { get; private set; } = null!;

    public TestCompany CompanyA { get; private set; } = null!;

    public TestCompany CompanyB { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync("engineering");
        _modules = ModuleFolders.With("Engineering");
        Host = new EstateHost(Database.ConnectionString, _modules.Path, new Dictionary<string, string?> { ["Jobs:Enabled"] = "false" });
        CompanyA = await TestCompany.CreateAsync(Host, "Engineering A");
        CompanyB = await TestCompany.CreateAsync(Host, "Engineering B");
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Database.DisposeAsync();
        _modules.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class EngineeringHostCollection : ICollectionFixture<EngineeringHostFixture>
{
    public const string Name = "Engineering host";
}
