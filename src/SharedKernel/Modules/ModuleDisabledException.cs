namespace Estate.SharedKernel.Modules;

/// <summary>A request reached a module that is switched off for the caller's company; answered as not found.</summary>
public sealed class ModuleDisabledException(string moduleId)
    : Exception($"Module '{moduleId}' is not enabled for this organization.")
{
    public string ModuleId { get; } = moduleId;
}
