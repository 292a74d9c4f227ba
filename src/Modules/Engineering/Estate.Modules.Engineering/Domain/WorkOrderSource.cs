namespace Estate.Modules.Engineering.Domain;

internal enum WorkOrderSource
{
    OwnerRequest,
    CustomerService,
    Patrol,
    Inspection,
    Internal,
}
