namespace Estate.SharedKernel.Messaging;

/// <summary>An integration event stored in the publisher's schema in the same transaction as the change it reports.</summary>
public sealed class OutboxMessage
{
    public const string Table = "outbox_messages";

    private OutboxMessage(Guid id, Guid organizationId, string type, string payload, DateTimeOffset occurredAt)
    {
        Id = id;
        OrganizationId = organizationId;
        Type = type;
        Payload = payload;
        OccurredAt = occurredAt;
    }

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; private set; }

    /// <summary>The event's CLR type name with its assembly, e.g. "Estate.Modules.Engineering.Contracts.WorkOrderOpened, Estate.Modules.Engineering.Contracts".</summary>
    public string Type { get; private set; }

    public string Payload { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public DateTimeOffset? ProcessedAt { get; private set; }

    public int Attempts { get; private set; }

    public string? LastError { get; private set; }

    public void MarkProcessed(DateTimeOffset at)
    {
        ProcessedAt = at;
        Attempts++;
        LastError = null;
    }

    public void RecordFailure(string error)
    {
        Attempts++;
        LastError = error.Length > 2000 ? error[..2000] : error;
    }

    public static OutboxMessage For(IIntegrationEvent integrationEvent, DateTimeOffset occurredAt)
    {
        var type = integrationEvent.GetType();
        return new OutboxMessage(
            Guid.CreateVersion7(),
            integrationEvent.OrganizationId,
            $"{type.FullName}, {type.Assembly.GetName().Name}",
            System.Text.Json.JsonSerializer.Serialize(integrationEvent, type, IntegrationEventJson.Options),
            occurredAt);
    }
}
