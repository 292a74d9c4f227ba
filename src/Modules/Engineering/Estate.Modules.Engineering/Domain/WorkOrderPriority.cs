namespace Estate.Modules.Engineering.Domain;

internal enum WorkOrderPriority
{
    Urgent,
    High,
    Normal,
    Low,
}
