namespace Estate.Modules.Security.Domain;

internal enum IncidentSeverity
{
    Low,
    Medium,
    High,
    Critical,
}
