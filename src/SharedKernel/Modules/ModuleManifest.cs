namespace Estate.SharedKernel.Modules;

/// <summary>What a module says about itself; read by the Host before anything of the module runs.</summary>
/// <param name="Id">Lower-case id used in routes, permissions and module switches, e.g. "engineering".</param>
/// <param name="Schema">The PostgreSQL schema the module owns; nothing of it lives anywhere else.</param>
/// <param name="RequiredPlatformVersion">The lowest platform (SharedKernel) version the module was built for.</param>
/// <param name="RequiredContracts">Assembly names of other modules' contracts the module cannot work without.</param>
public sealed record ModuleManifest(
    string Id,
    string NameZh,
    string NameEn,
    Version Version,
    string Schema,
    Version RequiredPlatformVersion,
    IReadOnlyList<string> RequiredContracts);
