namespace Estate.Testing;

/// <summary>A modules folder made for one test Host, linking the built modules it should load.</summary>
public sealed class ModuleFolders : IDisposable
{
    private ModuleFolders(string path) => Path = path;

    public string Path { get; }

    /// <summary>Links each named module: "Engineering" from artifacts/modules, "Probe" from artifacts/test-modules.</summary>
    public static ModuleFolders With(params string[] modules)
    {
        var folders = new ModuleFolders(Directory.CreateTempSubdirectory("estate-modules-").FullName);
        foreach (var module in modules)
        {
            var built = System.IO.Path.Combine(TestEnvironment.ModulesPath, module);
            if (!Directory.Exists(built))
            {
                built = System.IO.Path.Combine(TestEnvironment.TestModulesPath, module);
            }

            if (!Directory.Exists(built))
            {
                throw new DirectoryNotFoundException($"Module {module} is not built; run build/build.sh (looked in {TestEnvironment.ModulesPath} and {TestEnvironment.TestModulesPath}).");
            }

            Directory.CreateSymbolicLink(System.IO.Path.Combine(folders.Path, module), built);
        }

        return folders;
    }

    /// <summary>Adds a folder with arbitrary files, e.g. a corrupt assembly.</summary>
    public string AddFolder(string name, IReadOnlyDictionary<string, byte[]> files)
    {
        var folder = Directory.CreateDirectory(System.IO.Path.Combine(Path, name)).FullName;
        foreach (var (fileName, content) in files)
        {
            File.WriteAllBytes(System.IO.Path.Combine(folder, fileName), content);
        }

        return folder;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
