namespace Estate.SharedKernel.Messaging;

/// <summary>A fact one module publishes for others, through its outbox; always about one company.</summary>
public interface IIntegrationEvent
{
    Guid OrganizationId { get; }
}
