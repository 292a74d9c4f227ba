using Estate.SharedKernel.Modules;

namespace Estate.Host.Modules;

internal static class ModuleEndpoints
{
    // Endpoint and route names must be unique in the whole Host, but each module names its own
    // ("GetMeetingReport"): the module id makes them unique, and so are OpenAPI operation ids.
    private static void QualifyEndpointNames(RouteGroupBuilder group, string moduleId) =>
        ((IEndpointConventionBuilder)group).Finally(endpoint =>
        {
            for (var i = 0; i < endpoint.Metadata.Count; i++)
            {
                endpoint.Metadata[i] = endpoint.Metadata[i] switch
                {
                    EndpointNameMetadata name => new EndpointNameMetadata($"{moduleId}.{name.EndpointName}"),
                    RouteNameMetadata route when route.RouteName is not null => new RouteNameMetadata($"{moduleId}.{route.RouteName}"),
                    var other => other,
                };
            }
        });

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
            QualifyEndpointNames(group, module.Manifest.Id);
        }
    }
}
