namespace Estate.Modules.Cleaning.Contracts;

/// <summary>The permissions the cleaning module declares; endpoints and pages require them by name.</summary>
public static class CleaningPermissions
{
    public const string Read = "cleaning.read";

    /// <summary>Daily work: completing tasks, logging garbage collections, reporting and working on dead corners.</summary>
    public const string Work = "cleaning.work";

    /// <summary>Running the department: zones, schedules, collection points, inspections, purchases, settings.</summary>
    public const string Manage = "cleaning.manage";
}
