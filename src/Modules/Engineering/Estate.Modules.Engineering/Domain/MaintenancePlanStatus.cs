namespace Estate.Modules.Engineering.Domain;

internal enum MaintenancePlanStatus
{
    Active,
    Paused,
}
