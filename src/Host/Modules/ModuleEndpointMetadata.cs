namespace Estate.Host.Modules;

/// <summary>Marks an endpoint as a module's, so the gate can check the module switch before anything else.</summary>
internal sealed record ModuleEndpointMetadata(string ModuleId);
