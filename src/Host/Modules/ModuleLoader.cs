using System.Reflection;
using System.Runtime.Loader;
using Estate.SharedKernel.Modules;

namespace Estate.Host.Modules;

/// <summary>A module folder the loader did not start, and why.</summary>
internal sealed record RefusedModule(string Directory, string Reason);

/// <summary>What the loader found under the modules path.</summary>
internal sealed record ModuleLoadReport(IReadOnlyList<LoadedModule> Loaded, IReadOnlyList<RefusedModule> Refused);

/// <summary>
/// Loads every module folder under the modules path into the default load context, at start-up only.
/// Shared assemblies (SharedKernel, framework, EF Core, …) always come from the Host; a module's private
/// dependencies from its own folder. A folder that cannot be loaded, or whose required contracts no
/// loaded module provides, is refused and the others start; two versions of one contract assembly
/// stop start-up, since the modules using them could not agree on their types.
/// </summary>
internal static class ModuleLoader
{
    private static readonly List<(string Directory, AssemblyDependencyResolver Resolver)> Resolvers = [];
    private static readonly Dictionary<string, Assembly> LoadedByName = new(StringComparer.OrdinalIgnoreCase);
    private static bool _resolvingHooked;

    public static ModuleLoadReport Load(string modulesPath)
    {
        var refused = new List<RefusedModule>();
        if (!Directory.Exists(modulesPath))
        {
            return new ModuleLoadReport([], [new RefusedModule(modulesPath, "The modules folder does not exist.")]);
        }

        var folders = Directory.GetDirectories(modulesPath).Order(StringComparer.Ordinal).ToList();
        RefuseClashingContractVersions(folders);
        HookResolving();

        var candidates = new List<LoadedModule>();
        foreach (var folder in folders)
        {
            var (module, reason) = TryLoad(folder);
            if (module is not null)
            {
                candidates.Add(module);
            }
            else
            {
                refused.Add(new RefusedModule(folder, reason!));
            }
        }

        RefuseDuplicateIds(candidates, refused);
        RefuseMissingContracts(candidates, refused);
        return new ModuleLoadReport(candidates, refused);
    }

    /// <summary>Where the checkout keeps built modules: artifacts/modules above the running Host, else "modules" beside it.</summary>
    public static string DefaultPath()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Estate.Platform.sln")))
            {
                return Path.Combine(directory.FullName, "artifacts", "modules");
            }
        }

        return Path.Combine(AppContext.BaseDirectory, "modules");
    }

    private static (LoadedModule? Module, string? Reason) TryLoad(string folder)
    {
        var depsFiles = Directory.GetFiles(folder, "*.deps.json");
        if (depsFiles.Length != 1)
        {
            return (null, $"Expected one *.deps.json naming the module assembly, found {depsFiles.Length}.");
        }

        var assemblyPath = Path.Combine(folder, Path.GetFileName(depsFiles[0])[..^".deps.json".Length] + ".dll");
        if (!File.Exists(assemblyPath))
        {
            return (null, $"The module assembly {Path.GetFileName(assemblyPath)} is missing.");
        }

        // The dependency resolver parses deps.json in native code, which aborts the process on a malformed file.
        if (!IsUsableDepsFile(depsFiles[0]))
        {
            return (null, $"{Path.GetFileName(depsFiles[0])} is not a valid dependency manifest.");
        }

        try
        {
            Resolvers.Add((folder, new AssemblyDependencyResolver(assemblyPath)));
            var assembly = LoadAssembly(assemblyPath);
            var moduleTypes = assembly.GetTypes().Where(t => typeof(IModule).IsAssignableFrom(t) && t is { IsAbstract: false, IsClass: true }).ToList();
            if (moduleTypes.Count != 1)
            {
                return (null, $"{Path.GetFileName(assemblyPath)} has {moduleTypes.Count} IModule implementations; exactly one is its manifest.");
            }

            var module = (IModule)Activator.CreateInstance(moduleTypes[0])!;
            var platformVersion = typeof(IModule).Assembly.GetName().Version!;
            if (module.Manifest.RequiredPlatformVersion > platformVersion)
            {
                return (null, $"Module '{module.Manifest.Id}' needs platform {module.Manifest.RequiredPlatformVersion}; this is {platformVersion}.");
            }

            var contractsPath = Path.Combine(folder, assembly.GetName().Name + ".Contracts.dll");
            var contracts = File.Exists(contractsPath) ? LoadAssembly(contractsPath) : null;
            return (new LoadedModule(module, assembly, contracts, folder), null);
        }
        catch (Exception exception) when (exception is BadImageFormatException or FileLoadException or FileNotFoundException
                                              or ReflectionTypeLoadException or TypeLoadException or MissingMethodException)
        {
            var detail = exception is ReflectionTypeLoadException typeLoad
                ? string.Join("; ", typeLoad.LoaderExceptions.Select(e => e?.Message).Distinct())
                : exception.Message;
            return (null, $"{Path.GetFileName(assemblyPath)} cannot be loaded: {detail}");
        }
    }

    private static bool IsUsableDepsFile(string path)
    {
        try
        {
            using var deps = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(path));
            var root = deps.RootElement;
            return root.ValueKind == System.Text.Json.JsonValueKind.Object
                   && root.TryGetProperty("runtimeTarget", out var target) && target.TryGetProperty("name", out var name)
                   && name.ValueKind == System.Text.Json.JsonValueKind.String
                   && root.TryGetProperty("targets", out var targets) && targets.ValueKind == System.Text.Json.JsonValueKind.Object
                   && targets.TryGetProperty(name.GetString()!, out _)
                   && root.TryGetProperty("libraries", out var libraries) && libraries.ValueKind == System.Text.Json.JsonValueKind.Object;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    private static Assembly LoadAssembly(string path)
    {
        var name = AssemblyName.GetAssemblyName(path);
        var alreadyLoaded = AssemblyLoadContext.Default.Assemblies.FirstOrDefault(a => AssemblyName.ReferenceMatchesDefinition(a.GetName(), name));
        var assembly = alreadyLoaded ?? AssemblyLoadContext.Default.LoadFromAssemblyPath(path);
        LoadedByName[name.Name!] = assembly;
        return assembly;
    }

    // Hangfire and System.Text.Json resolve types by assembly name: answer with the loaded modules, and
    // resolve each module's private dependencies from its own folder.
    private static void HookResolving()
    {
        if (_resolvingHooked)
        {
            return;
        }

        _resolvingHooked = true;
        AssemblyLoadContext.Default.Resolving += (context, name) =>
        {
            if (LoadedByName.TryGetValue(name.Name!, out var loaded))
            {
                return loaded;
            }

            foreach (var (_, resolver) in Resolvers)
            {
                var path = resolver.ResolveAssemblyToPath(name);
                if (path is not null)
                {
                    var assembly = context.LoadFromAssemblyPath(path);
                    LoadedByName[name.Name!] = assembly;
                    return assembly;
                }
            }

            return null;
        };
    }

    private static void RefuseClashingContractVersions(IEnumerable<string> folders)
    {
        var contracts = folders
            .SelectMany(folder => Directory.GetFiles(folder, "*.Contracts.dll"))
            .Select(path => (Path: path, Name: TryGetAssemblyName(path)))
            .Where(c => c.Name is not null)
            .GroupBy(c => c.Name!.Name, StringComparer.OrdinalIgnoreCase);
        foreach (var group in contracts)
        {
            var versions = group.DistinctBy(c => c.Name!.Version).ToList();
            if (versions.Count > 1)
            {
                throw new InvalidOperationException(
                    $"Two versions of contract assembly {group.Key}: {versions[0].Path} ({versions[0].Name!.Version}) and {versions[1].Path} ({versions[1].Name!.Version}). Rebuild the modules against one version.");
            }
        }
    }

    private static AssemblyName? TryGetAssemblyName(string path)
    {
        try
        {
            return AssemblyName.GetAssemblyName(path);
        }
        catch (BadImageFormatException)
        {
            return null;
        }
    }

    private static void RefuseDuplicateIds(List<LoadedModule> candidates, List<RefusedModule> refused)
    {
        foreach (var duplicate in candidates.GroupBy(m => m.Manifest.Id).SelectMany(g => g.Skip(1)).ToList())
        {
            candidates.Remove(duplicate);
            refused.Add(new RefusedModule(duplicate.Directory, $"Module id '{duplicate.Manifest.Id}' is already loaded from another folder."));
        }
    }

    // Refusing one module can leave another without the contracts it needs: repeat until nothing changes.
    private static void RefuseMissingContracts(List<LoadedModule> candidates, List<RefusedModule> refused)
    {
        bool changed;
        do
        {
            changed = false;
            var provided = candidates.Where(m => m.ContractsAssembly is not null)
                .Select(m => m.ContractsAssembly!.GetName().Name!)
                .ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var module in candidates.ToList())
            {
                var missing = module.Manifest.RequiredContracts.Where(c => !provided.Contains(c)).ToList();
                if (missing.Count > 0)
                {
                    candidates.Remove(module);
                    refused.Add(new RefusedModule(module.Directory, $"Module '{module.Manifest.Id}' needs {string.Join(", ", missing)}, which no loaded module provides."));
                    changed = true;
                }
            }
        }
        while (changed);
    }
}
