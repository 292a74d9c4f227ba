using System.Linq.Expressions;
using Estate.Modules.Security.Domain;

namespace Estate.Modules.Security.Features.Incidents;

internal sealed record IncidentDetails(
    Guid Id,
    Guid PropertyId,
    IncidentType Type,
    IncidentSeverity Severity,
    DateTimeOffset OccurredAt,
    string Place,
    string Description,
    Guid ReportedByUserId,
    string ReportedByName,
    DateTimeOffset ReportedAt,
    IncidentStatus Status,
    string? Handling,
    DateTimeOffset? HandlingUpdatedAt,
    string? Closure,
    DateTimeOffset? ClosedAt,
    uint Version)
{
    public static readonly Expression<Func<Incident, IncidentDetails>> Projection = i => new IncidentDetails(
        i.Id,
        i.PropertyId,
        i.Type,
        i.Severity,
        i.OccurredAt,
        i.Place,
        i.Description,
        i.ReportedByUserId,
        i.ReportedByName,
        i.ReportedAt,
        i.Status,
        i.Handling,
        i.HandlingUpdatedAt,
        i.Closure,
        i.ClosedAt,
        i.Version);

    private static readonly Func<Incident, IncidentDetails> FromEntity = Projection.Compile();

    public static IncidentDetails From(Incident incident) => FromEntity(incident);
}
