namespace Estate.Modules.Engineering.Contracts;

public enum WorkOrderSource
{
    OwnerRequest,
    CustomerService,
    Patrol,
    Inspection,
    Internal,
}
