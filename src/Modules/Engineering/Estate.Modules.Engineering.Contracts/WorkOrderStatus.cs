namespace Estate.Modules.Engineering.Contracts;

public enum WorkOrderStatus
{
    New,
    Assigned,
    InProgress,
    Waiting,
    Done,
    Closed,
}
