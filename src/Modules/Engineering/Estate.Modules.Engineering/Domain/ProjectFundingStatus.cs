namespace Estate.Modules.Engineering.Domain;

/// <summary>
/// Where a project's money stands. <see cref="Unfunded"/>: funding was asked for while the company had no
/// finance module on, so no fund request exists — the project goes ahead on the department's own budget or waits.
/// </summary>
internal enum ProjectFundingStatus
{
    NotRequested,
    Requested,
    Unfunded,
    Approved,
    PartlyApproved,
    Rejected,
}
