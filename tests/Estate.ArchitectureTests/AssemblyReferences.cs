using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Estate.ArchitectureTests;

/// <summary>Reads an assembly's references from its metadata, without loading it.</summary>
internal static class AssemblyReferences
{
    public static IReadOnlyList<string> Of(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        return [.. metadata.AssemblyReferences.Select(handle => metadata.GetString(metadata.GetAssemblyReference(handle).Name))];
    }

    /// <summary>The platform's own assemblies a module may not reference: anything but SharedKernel and contracts.</summary>
    public static IReadOnlyList<string> ForbiddenForAModule(string assemblyPath) =>
        [.. Of(assemblyPath).Where(name => name.StartsWith("Estate.", StringComparison.Ordinal)
                                           && name != "Estate.SharedKernel"
                                           && !name.EndsWith(".Contracts", StringComparison.Ordinal))];

    /// <summary>The main assembly of every built module: the one its deps.json names.</summary>
    public static IReadOnlyList<string> BuiltModules(string modulesPath) =>
        [.. Directory.GetDirectories(modulesPath)
            .SelectMany(folder => Directory.GetFiles(folder, "*.deps.json"))
            .Select(deps => deps[..^".deps.json".Length] + ".dll")];
}
