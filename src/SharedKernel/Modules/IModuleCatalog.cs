namespace Estate.SharedKernel.Modules;

/// <summary>The modules loaded into this Host, fixed at start-up.</summary>
public interface IModuleCatalog
{
    IReadOnlyList<LoadedModule> Modules { get; }

    /// <summary>The module that owns a type (request, event, handler), or null for platform types.</summary>
    LoadedModule? FindOwner(Type type);
}
