namespace Estate.Modules.CustomerService.Domain;

/// <summary>open → responded → resolved → closed; a resolved or closed complaint may be reopened.</summary>
internal enum ComplaintStatus
{
    Open,
    Responded,
    Resolved,
    Closed,
}
