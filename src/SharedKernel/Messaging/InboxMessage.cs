namespace Estate.SharedKernel.Messaging;

/// <summary>Records in the subscriber's schema that one handler has processed one event, so redelivery changes nothing.</summary>
public sealed class InboxMessage
{
    public const string Table = "inbox_messages";

    public Guid MessageId { get; private set; }

    public string Handler { get; private set; } = "";

    public DateTimeOffset ProcessedAt { get; private set; }
}
