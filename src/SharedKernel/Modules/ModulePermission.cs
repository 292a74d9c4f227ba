namespace Estate.SharedKernel.Modules;

/// <summary>A role that holds a permission; <paramref name="Department"/> null means in any department.</summary>
public sealed record PermissionGrant(string Role, string? Department = null);

/// <summary>A permission a module declares, with the roles that hold it by default.</summary>
public sealed record ModulePermission(string Name, string Description, IReadOnlyList<PermissionGrant> GrantedTo);
