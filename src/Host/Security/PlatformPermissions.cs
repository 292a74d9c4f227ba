using Estate.SharedKernel.Modules;
using Estate.SharedKernel.Security;

namespace Estate.Host.Security;

/// <summary>The permissions of the platform's own endpoints.</summary>
internal static class PlatformPermissions
{
    public const string ManageOrganizations = "platform.organizations.manage";
    public const string ManageCompany = "platform.company.manage";
    public const string ReadCompany = "platform.company.read";

    public static IReadOnlyList<ModulePermission> All { get; } =
    [
        new(ManageOrganizations, "Create and list companies", [new(PlatformRoles.PlatformAdmin)]),
        new(ManageCompany, "Manage the company's properties, users and module switches", [new(PlatformRoles.CompanyAdmin)]),
        new(ReadCompany, "See the company's properties and modules", PermissionGrants.EveryoneInCompany),
    ];
}
