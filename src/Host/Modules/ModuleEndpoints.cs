using Estate.SharedKernel.Modules;

namespace Estate.Host.Modules;

internal static class ModuleEndpoints
{
    /// <summary>Gives each module a group at /api/{id}: signed-in users only, gated by the module switch.</summary>
    public static void MapModuleEndpoints(this IEndpointRouteBuilder app, IModuleCatalog catalog)
    {
        foreach (var module in catalog.Modules)
        {
            var group = app.MapGroup($"/api/{module.Manifest.Id}")
                .WithMetadata(new ModuleEndpointMetadata(module.Manifest.Id))
                .WithTags(module.Manifest.NameEn)
                .RequireAuthorization();
            module.Module.MapEndpoints(group);
        }
    }
}
