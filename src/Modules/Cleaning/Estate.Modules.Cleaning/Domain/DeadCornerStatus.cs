namespace Estate.Modules.Cleaning.Domain;

internal enum DeadCornerStatus
{
    Open,
    InProgress,
    Resolved,
}
