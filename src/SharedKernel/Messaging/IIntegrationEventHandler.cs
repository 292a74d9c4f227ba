namespace Estate.SharedKernel.Messaging;

/// <summary>
/// A subscriber to another module's event. It runs in the subscriber module's transaction, with the
/// event's company as tenant, at most once per event (the inbox); it does not call SaveChanges itself.
/// </summary>
public interface IIntegrationEventHandler<in TEvent>
    where TEvent : IIntegrationEvent
{
    Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}
