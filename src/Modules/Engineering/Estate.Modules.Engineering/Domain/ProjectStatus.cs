namespace Estate.Modules.Engineering.Domain;

internal enum ProjectStatus
{
    Planned,
    UnderWay,
    Done,
    Cancelled,
}
