namespace Estate.Modules.Engineering.Contracts;

/// <summary>The permissions the engineering module declares; endpoints and pages require them by name.</summary>
public static class EngineeringPermissions
{
    public const string Read = "engineering.read";
    public const string WriteWorkOrders = "engineering.work-orders.write";
    public const string ManageFacilities = "engineering.facilities.manage";
    public const string RecordMaintenance = "engineering.maintenance.record";
    public const string ManageTimeLimits = "engineering.time-limits.manage";
    public const string ManageProjects = "engineering.projects.manage";
}
