using System.Reflection;
using Estate.SharedKernel.Modules;

namespace Estate.Host.Modules;

internal sealed class ModuleCatalog(IReadOnlyList<LoadedModule> modules) : IModuleCatalog
{
    private readonly Dictionary<Assembly, LoadedModule> _byAssembly = modules
        .SelectMany(m => new[] { m.Assembly, m.ContractsAssembly }.OfType<Assembly>().Select(a => (Assembly: a, Module: m)))
        .ToDictionary(x => x.Assembly, x => x.Module);

    public IReadOnlyList<LoadedModule> Modules { get; } = modules;

    public LoadedModule? FindOwner(Type type) => _byAssembly.GetValueOrDefault(type.Assembly);

    public LoadedModule? FindById(string moduleId) => Modules.FirstOrDefault(m => m.Manifest.Id == moduleId);
}
