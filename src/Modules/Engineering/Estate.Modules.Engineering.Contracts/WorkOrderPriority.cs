namespace Estate.Modules.Engineering.Contracts;

public enum WorkOrderPriority
{
    Urgent,
    High,
    Normal,
    Low,
}
