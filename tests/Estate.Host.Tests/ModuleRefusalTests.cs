using System.Net;
using System.Reflection;
using System.Reflection.Emit;
using Estate.Testing;
using Microsoft.Extensions.Logging;

namespace Estate.Host.Tests;

/// <summary>Hosts of their own, on modules folders made for each case; no jobs or outbox.</summary>
public sealed class ModuleRefusalTests : IAsyncLifetime
{
    private static readonly Dictionary<string, string?> Quiet = new() { ["Jobs:Enabled"] = "false", ["Outbox:Enabled"] = "false" };

    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync("refusal");

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task A_module_with_a_missing_contract_or_a_corrupt_assembly_is_refused_and_the_rest_start()
    {
        using var modules = ModuleFolders.With("Engineering", "Orphan");
        modules.AddFolder("Broken", new Dictionary<string, byte[]>
        {
            ["Estate.Modules.Broken.deps.json"] = "{}"u8.ToArray(),
            ["Estate.Modules.Broken.dll"] = "this is not an assembly"u8.ToArray(),
        });
        modules.AddFolder("Corrupt", new Dictionary<string, byte[]>
        {
            ["Estate.Modules.Corrupt.deps.json"] = File.ReadAllBytes(Path.Combine(TestEnvironment.TestModulesPath, "Orphan", "Estate.Modules.Orphan.deps.json")),
            ["Estate.Modules.Corrupt.dll"] = "this is not an assembly either"u8.ToArray(),
        });
        await using var host = new EstateHost(_database.ConnectionString, modules.Path, Quiet);

        var company = await TestCompany.CreateAsync(host);
        var installed = await (await company.Admin.GetAsync("/api/platform/modules")).ReadAsync(HttpStatusCode.OK);

        Assert.Equal(["engineering"], installed.EnumerateArray().Select(m => m.GetProperty("id").GetString()));
        await (await company.Staff("engineering").GetAsync("/api/engineering/work-orders")).ReadAsync(HttpStatusCode.OK);
        var warnings = host.Logs.Entries.Where(e => e.Level == LogLevel.Warning).Select(e => e.Message).ToList();
        Assert.Contains(warnings, w => w.Contains("Orphan", StringComparison.Ordinal) && w.Contains("Estate.Modules.Missing.Contracts", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("Broken", StringComparison.Ordinal) && w.Contains("not a valid dependency manifest", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("Corrupt", StringComparison.Ordinal) && w.Contains("cannot be loaded", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_versions_of_one_contract_assembly_stop_start_up_naming_both_files()
    {
        using var modules = ModuleFolders.With("Engineering");
        var stale = modules.AddFolder("Stale", new Dictionary<string, byte[]>
        {
            ["Estate.Modules.Engineering.Contracts.dll"] = AssemblyNamed("Estate.Modules.Engineering.Contracts", new Version(0, 9, 0, 0)),
        });
        using var host = new EstateHost(_database.ConnectionString, modules.Path, Quiet);

        var failure = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        var message = failure.GetBaseException().Message;
        Assert.Contains(Path.Combine(stale, "Estate.Modules.Engineering.Contracts.dll"), message, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(modules.Path, "Engineering", "Estate.Modules.Engineering.Contracts.dll"), message, StringComparison.Ordinal);
    }

    private static byte[] AssemblyNamed(string name, Version version)
    {
        var builder = new PersistedAssemblyBuilder(new AssemblyName(name) { Version = version }, typeof(object).Assembly);
        builder.DefineDynamicModule(name).DefineType("Placeholder", TypeAttributes.Public).CreateType();
        using var stream = new MemoryStream();
        builder.Save(stream);
        return stream.ToArray();
    }
}
