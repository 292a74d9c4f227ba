namespace Estate.SharedKernel.Security;

/// <summary>The roles of the platform; a user has exactly one.</summary>
public static class PlatformRoles
{
    public const string PlatformAdmin = "platform-admin";
    public const string CompanyAdmin = "company-admin";
    public const string SeniorManager = "senior-manager";
    public const string DepartmentHead = "department-head";
    public const string Staff = "staff";
    public const string ReadOnly = "read-only";

    public static IReadOnlyList<string> All { get; } = [PlatformAdmin, CompanyAdmin, SeniorManager, DepartmentHead, Staff, ReadOnly];

    /// <summary>The roles a company admin may give; platform admins are made by the platform only.</summary>
    public static IReadOnlyList<string> CompanyRoles { get; } = [CompanyAdmin, SeniorManager, DepartmentHead, Staff, ReadOnly];
}
