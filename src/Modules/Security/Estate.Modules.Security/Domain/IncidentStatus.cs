namespace Estate.Modules.Security.Domain;

internal enum IncidentStatus
{
    Open,
    Handling,
    Closed,
}
