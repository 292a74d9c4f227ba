namespace Estate.Modules.Engineering.Domain;

internal enum WorkOrderCategory
{
    Elevator,
    Plumbing,
    Electrical,
    Lighting,
    FireSafety,
    AccessControl,
    Civil,
    Hvac,
    Other,
}
