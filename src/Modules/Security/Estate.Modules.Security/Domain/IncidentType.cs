namespace Estate.Modules.Security.Domain;

internal enum IncidentType
{
    Theft,
    Fire,
    Fight,
    Intrusion,
    Injury,
    Vehicle,
    Other,
}
