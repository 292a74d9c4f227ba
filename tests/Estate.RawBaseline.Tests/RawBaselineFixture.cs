using Estate.Testing;

namespace Estate.RawBaseline.Tests;

/// <summary>A Host with Engineering and the raw baseline, and two companies.</summary>
public sealed class RawBaselineFixture : IAsyncLifetime
{
    private ModuleFolders _modules = null!;

    public TestDatabase Database { get; private set; } = null!;

    public EstateHost Host { get; private set; } = null!;

    public TestCompany CompanyA { get; private set; } = null!;

    public TestCompany CompanyB { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync("raw_baseline");
        _modules = ModuleFolders.With("Engineering", "RawBaseline");
        Host = new EstateHost(Database.ConnectionString, _modules.Path, new Dictionary<string, string?> { ["Jobs:Enabled"] = "false" });
        CompanyA = await TestCompany.CreateAsync(Host, "Raw baseline A");
        CompanyB = await TestCompany.CreateAsync(Host, "Raw baseline B");
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Database.DisposeAsync();
        _modules.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class RawBaselineCollection : ICollectionFixture<RawBaselineFixture>
{
    public const string Name = "Raw baseline host";
}
