using Estate.Modules.CustomerService.Contracts;
using Estate.SharedKernel.Messaging;

namespace Estate.Modules.Finance.Features.Units;

/// <summary>Keeps finance's copy of a unit current when customer service adds or changes it.</summary>
internal sealed class CopyChangedUnit(UnitCopy copy) : IIntegrationEventHandler<UnitChanged>
{
    public Task HandleAsync(UnitChanged integrationEvent, CancellationToken cancellationToken) => copy.ChangedAsync(integrationEvent, cancellationToken);
}

/// <summary>A unit customer service removed is no longer billed; its bills stay.</summary>
internal sealed class CopyRemovedUnit(UnitCopy copy) : IIntegrationEventHandler<UnitRemoved>
{
    public Task HandleAsync(UnitRemoved integrationEvent, CancellationToken cancellationToken) => copy.RemovedAsync(integrationEvent.UnitId, cancellationToken);
}

/// <summary>Keeps the billed owner's name on finance's copy current.</summary>
internal sealed class CopyChangedOwner(UnitCopy copy) : IIntegrationEventHandler<OwnerChanged>
{
    public Task HandleAsync(OwnerChanged integrationEvent, CancellationToken cancellationToken) => copy.OwnerChangedAsync(integrationEvent, cancellationToken);
}
