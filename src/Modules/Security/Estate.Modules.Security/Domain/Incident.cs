using Estate.SharedKernel.Domain;
using Estate.SharedKernel.Ui;

namespace Estate.Modules.Security.Domain;

/// <summary>A security incident (安全事件): what happened, where and when, how it was handled and how it was closed.</summary>
internal sealed class Incident : PropertyEntity
{
    public const int PlaceMaxLength = 200;
    public const int DescriptionMaxLength = 4000;
    public const int HandlingMaxLength = 4000;
    public const int NameMaxLength = 200;

    private Incident(Guid organizationId, Guid id, Guid propertyId, string place, string description, string reportedByName)
        : base(organizationId, id, propertyId)
    {
        Place = place;
        Description = description;
        ReportedByName = reportedByName;
    }

    public IncidentType Type { get; private set; }

    public IncidentSeverity Severity { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public string Place { get; private set; }

    public string Description { get; private set; }

    public Guid ReportedByUserId { get; private set; }

    public string ReportedByName { get; private set; }

    public DateTimeOffset ReportedAt { get; private set; }

    public IncidentStatus Status { get; private set; }

    /// <summary>What has been done so far; each update replaces it.</summary>
    public string? Handling { get; private set; }

    public DateTimeOffset? HandlingUpdatedAt { get; private set; }

    public string? Closure { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public uint Version { get; private set; }

    public static Incident Report(
        Guid organizationId,
        Guid propertyId,
        IncidentType type,
        IncidentSeverity severity,
        DateTimeOffset occurredAt,
        string place,
        string description,
        Guid reportedBy,
        string reportedByName,
        DateTimeOffset now) =>
        new(organizationId, Guid.CreateVersion7(now), propertyId, place, description, reportedByName)
        {
            Type = type,
            Severity = severity,
            OccurredAt = occurredAt,
            ReportedByUserId = reportedBy,
            ReportedAt = now,
            Status = IncidentStatus.Open,
        };

    public void RecordHandling(string handling, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(handling);
        RefuseWhenClosed("record handling on");
        Handling = handling;
        HandlingUpdatedAt = now;
        Status = IncidentStatus.Handling;
    }

    public void Close(string closure, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(closure);
        RefuseWhenClosed("close");
        Closure = closure;
        ClosedAt = now;
        Status = IncidentStatus.Closed;
    }

    private void RefuseWhenClosed(string action)
    {
        if (Status == IncidentStatus.Closed)
        {
            throw new DomainRuleException("incident.closed", Texts.T("事件已关闭，不能再处理。", $"Cannot {action} a closed incident."));
        }
    }
}
