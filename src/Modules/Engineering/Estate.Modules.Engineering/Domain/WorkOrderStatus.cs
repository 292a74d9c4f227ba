namespace Estate.Modules.Engineering.Domain;

internal enum WorkOrderStatus
{
    New,
    Assigned,
    InProgress,
    Waiting,
    Done,
    Closed,
}
