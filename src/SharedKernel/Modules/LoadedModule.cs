using System.Reflection;

namespace Estate.SharedKernel.Modules;

/// <summary>A module the Host has loaded: its instance, its assemblies and the folder it came from.</summary>
public sealed record LoadedModule(IModule Module, Assembly Assembly, Assembly? ContractsAssembly, string Directory)
{
    public ModuleManifest Manifest => Module.Manifest;

    public bool Owns(Type type) => type.Assembly == Assembly || type.Assembly == ContractsAssembly;
}
