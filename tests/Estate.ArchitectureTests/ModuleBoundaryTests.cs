using Estate.Testing;
using NetArchTest.Rules;

namespace Estate.ArchitectureTests;

public sealed class ModuleBoundaryTests
{
    private static IReadOnlyList<string> Modules => AssemblyReferences.BuiltModules(TestEnvironment.ModulesPath);

    [Fact]
    public void The_host_references_no_module_or_contract_assembly()
    {
        var host = typeof(Program).Assembly;

        Assert.DoesNotContain(AssemblyReferences.Of(host.Location), name => name.StartsWith("Estate.Modules", StringComparison.Ordinal));
        Assert.True(Types.InAssembly(host).ShouldNot().HaveDependencyOn("Estate.Modules").GetResult().IsSuccessful);
    }

    [Fact]
    public void Every_built_module_references_only_the_shared_kernel_and_contracts()
    {
        Assert.NotEmpty(Modules);
        foreach (var module in Modules)
        {
            Assert.Empty(AssemblyReferences.ForbiddenForAModule(module));
        }
    }

    [Fact]
    public void Contracts_reference_only_the_shared_kernel()
    {
        var contracts = Directory.GetDirectories(TestEnvironment.ModulesPath)
            .SelectMany(folder => Directory.GetFiles(folder, "*.Contracts.dll"))
            .ToList();

        Assert.NotEmpty(contracts);
        foreach (var contract in contracts)
        {
            Assert.All(AssemblyReferences.Of(contract).Where(n => n.StartsWith("Estate.", StringComparison.Ordinal)), n => Assert.Equal("Estate.SharedKernel", n));
        }
    }

    [Fact]
    public void The_module_rule_catches_an_assembly_that_reaches_into_the_host()
    {
        // This test assembly references Estate.Host and Estate.Testing: as a module it would break the rule.
        var forbidden = AssemblyReferences.ForbiddenForAModule(typeof(ModuleBoundaryTests).Assembly.Location);

        Assert.Contains("Estate.Testing", forbidden);
    }

    [Fact]
    public void Modules_keep_everything_but_their_manifest_internal()
    {
        foreach (var module in Modules)
        {
            var assembly = System.Reflection.Assembly.LoadFrom(module);
            // EF Core generates migrations as public classes, and Blazor finds pages only among public components:
            // neither is part of the module's surface for other code.
            var publicTypes = Types.InAssembly(assembly).That().ArePublic().And().DoNotResideInNamespaceEndingWith(".Migrations")
                .And().DoNotResideInNamespaceContaining(".Pages").And().DoNotHaveName("_Imports")
                .GetTypes().Select(t => t.FullName).ToList();

            Assert.Collection(publicTypes, type => Assert.EndsWith("Module", type, StringComparison.Ordinal));
        }
    }
}
