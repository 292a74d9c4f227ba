namespace Estate.Modules.Engineering.Contracts;

public enum WorkOrderCategory
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
