using Estate.SharedKernel.Modules;

namespace Estate.SharedKernel.Security;

/// <summary>Common grants a module combines when it declares its permissions.</summary>
public static class PermissionGrants
{
    /// <summary>Everyone of a company may read: managers, every department, read-only users.</summary>
    public static IReadOnlyList<PermissionGrant> EveryoneInCompany { get; } =
    [
        new(PlatformRoles.CompanyAdmin), new(PlatformRoles.SeniorManager), new(PlatformRoles.DepartmentHead),
        new(PlatformRoles.Staff), new(PlatformRoles.ReadOnly),
    ];

    /// <summary>Managers, and the head and staff of the given department.</summary>
    public static IReadOnlyList<PermissionGrant> Department(string department) =>
    [
        new(PlatformRoles.CompanyAdmin), new(PlatformRoles.SeniorManager),
        new(PlatformRoles.DepartmentHead, department), new(PlatformRoles.Staff, department),
    ];

    /// <summary>Managers and the head of the given department.</summary>
    public static IReadOnlyList<PermissionGrant> DepartmentHead(string department) =>
    [
        new(PlatformRoles.CompanyAdmin), new(PlatformRoles.SeniorManager), new(PlatformRoles.DepartmentHead, department),
    ];
}
