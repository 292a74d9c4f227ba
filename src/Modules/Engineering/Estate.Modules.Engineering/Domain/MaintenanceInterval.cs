namespace Estate.Modules.Engineering.Domain;

/// <summary>The unit a maintenance plan repeats in: every N days or every N months.</summary>
internal enum MaintenanceInterval
{
    Days,
    Months,
}
