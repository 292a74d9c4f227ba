using System.Security.Claims;
using Estate.SharedKernel.Modules;
using Estate.SharedKernel.Security;

namespace Estate.Host.Security;

/// <summary>Every permission the platform and its loaded modules declare, and who holds each.</summary>
internal sealed class PermissionCatalog
{
    private readonly Dictionary<string, ModulePermission> _permissions;

    public PermissionCatalog(IModuleCatalog modules)
    {
        _permissions = PlatformPermissions.All
            .Concat(modules.Modules.SelectMany(m => m.Module.Permissions))
            .ToDictionary(p => p.Name, StringComparer.Ordinal);
    }

    public bool Exists(string permission) => _permissions.ContainsKey(permission);

    public IReadOnlyList<string> GrantedTo(ClaimsPrincipal user) => [.. _permissions.Keys.Where(p => IsGranted(user, p)).Order(StringComparer.Ordinal)];

    public bool IsGranted(ClaimsPrincipal user, string permission)
    {
        if (!_permissions.TryGetValue(permission, out var declared))
        {
            return false;
        }

        var department = user.FindFirstValue(EstateClaims.Department);
        return declared.GrantedTo.Any(grant => user.IsInRole(grant.Role)
                                               && (grant.Department is null || string.Equals(grant.Department, department, StringComparison.Ordinal)));
    }
}
