namespace Estate.Modules.Security.Domain;

internal enum FindingStatus
{
    Open,
    Fixed,
}
