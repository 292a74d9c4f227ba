namespace Estate.Modules.Security.Contracts;

/// <summary>The permissions the security module declares; endpoints and pages require them by name.</summary>
public static class SecurityPermissions
{
    /// <summary>See posts, rosters, patrols, incidents, inspections and the meeting report.</summary>
    public const string Read = "security.read";

    /// <summary>Field work: patrol check-ins, incidents, access-control problems, fire-safety inspections.</summary>
    public const string FieldWork = "security.field-work";

    /// <summary>Running the department: posts, shifts, rosters, routes, plans, inspection areas and frequencies, event plans.</summary>
    public const string Manage = "security.manage";
}
