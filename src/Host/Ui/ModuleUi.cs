using System.Reflection;
using System.Security.Claims;
using Estate.Host.Modules;
using Estate.Host.Security;
using Estate.SharedKernel.Modules;
using Estate.SharedKernel.Security;
using Estate.SharedKernel.Ui;
using Microsoft.AspNetCore.Components;

namespace Estate.Host.Ui;

/// <summary>What the loaded modules bring to the web UI: the assemblies holding their pages, and their menu entries.</summary>
internal sealed class ModuleUi(ModuleCatalog catalog, IModuleSwitches switches, PermissionCatalog permissions)
{
    public IReadOnlyList<Assembly> PageAssemblies { get; } = PagesOf(catalog);

    /// <summary>The module a page belongs to; null for the Host's own pages.</summary>
    public LoadedModule? OwnerOf(Type pageType) => catalog.FindOwner(pageType);

    public async ValueTask<bool> IsOnForAsync(ClaimsPrincipal user, LoadedModule module) =>
        OrganizationOf(user) is { } organizationId && await switches.IsEnabledAsync(organizationId, module.Manifest.Id);

    /// <summary>The menu entries of the modules on for the user's company that the user may open, in module then entry order.</summary>
    public async Task<IReadOnlyList<ModuleMenu>> MenuForAsync(ClaimsPrincipal user)
    {
        var menus = new List<ModuleMenu>();
        foreach (var module in catalog.Modules.Where(m => m.Module.MenuEntries.Count > 0))
        {
            if (!await IsOnForAsync(user, module))
            {
                continue;
            }

            var entries = module.Module.MenuEntries
                .Where(e => e.Permission is null || permissions.IsGranted(user, e.Permission))
                .OrderBy(e => e.Order)
                .ToList();
            if (entries.Count > 0)
            {
                menus.Add(new ModuleMenu(module.Manifest.Id, new LocalizedText(module.Manifest.NameZh, module.Manifest.NameEn), entries));
            }
        }

        return menus;
    }

    public static Guid? OrganizationOf(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(EstateClaims.OrganizationId), out var organizationId) ? organizationId : null;

    private static Assembly[] PagesOf(ModuleCatalog catalog) =>
    [
        .. catalog.Modules.Select(m => m.Assembly)
            .Where(a => a.GetExportedTypes().Any(t => typeof(IComponent).IsAssignableFrom(t) && t.GetCustomAttributes<RouteAttribute>().Any())),
    ];
}

internal sealed record ModuleMenu(string ModuleId, LocalizedText Title, IReadOnlyList<ModuleMenuEntry> Entries);
