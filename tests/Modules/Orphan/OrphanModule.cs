using Estate.SharedKernel.Modules;

namespace Estate.Modules.Orphan;

public sealed class OrphanModule : ModuleBase
{
    public override ModuleManifest Manifest { get; } = new(
        "orphan", "孤立模块", "Orphan", new Version(1, 0), "orphan", new Version(1, 0), ["Estate.Modules.Missing.Contracts"]);
}
