using Estate.Host.Modules;
using Estate.Host.Security;
using Estate.SharedKernel.Modules;
using Estate.SharedKernel.Tenancy;
using MediatR;

namespace Estate.Host.Platform.Features.Modules;

internal sealed record ModuleStatus(string Id, string NameZh, string NameEn, string Version, string Schema, bool Enabled);

/// <summary>The installed modules and whether each is on for the caller's company.</summary>
internal sealed record ListModules : IRequest<IReadOnlyList<ModuleStatus>>;

internal sealed class ListModulesHandler(IModuleCatalog catalog, ModuleSwitches switches, ITenantContext tenant)
    : IRequestHandler<ListModules, IReadOnlyList<ModuleStatus>>
{
    public async Task<IReadOnlyList<ModuleStatus>> Handle(ListModules request, CancellationToken cancellationToken)
    {
        var enabled = await switches.EnabledModulesAsync(tenant.OrganizationId, cancellationToken);
        return [.. catalog.Modules.Select(m => m.Manifest).OrderBy(m => m.Id)
            .Select(m => new ModuleStatus(m.Id, m.NameZh, m.NameEn, m.Version.ToString(), m.Schema, enabled.Contains(m.Id)))];
    }
}

internal static class ListModulesEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/modules", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListModules(), ct)))
            .RequireAuthorization(PlatformPermissions.ReadCompany)
            .WithName("ListModules");
}
