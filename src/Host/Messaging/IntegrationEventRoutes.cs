using Estate.SharedKernel.Messaging;
using Estate.SharedKernel.Modules;

namespace Estate.Host.Messaging;

/// <summary>A subscriber: the handler class and the module whose schema keeps its inbox.</summary>
internal sealed record EventSubscriber(LoadedModule Module, Type HandlerType);

/// <summary>Which event types the loaded modules publish, and who subscribes to each; fixed at start-up.</summary>
internal sealed class IntegrationEventRoutes
{
    private readonly Dictionary<string, Type> _eventTypes;
    private readonly Dictionary<Type, List<EventSubscriber>> _subscribers = [];

    public IntegrationEventRoutes(IModuleCatalog catalog)
    {
        _eventTypes = catalog.Modules
            .SelectMany(m => new[] { m.Assembly, m.ContractsAssembly })
            .OfType<System.Reflection.Assembly>()
            .Distinct()
            .SelectMany(a => a.GetTypes())
            .Where(t => typeof(IIntegrationEvent).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .ToDictionary(t => $"{t.FullName}, {t.Assembly.GetName().Name}", StringComparer.Ordinal);

        foreach (var module in catalog.Modules)
        {
            foreach (var handler in module.Assembly.GetTypes().Where(t => t is { IsAbstract: false, IsInterface: false }))
            {
                foreach (var subscribed in handler.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IIntegrationEventHandler<>)))
                {
                    var eventType = subscribed.GetGenericArguments()[0];
                    if (!_subscribers.TryGetValue(eventType, out var list))
                    {
                        _subscribers[eventType] = list = [];
                    }

                    list.Add(new EventSubscriber(module, handler));
                }
            }
        }
    }

    public Type? FindEventType(string storedName) => _eventTypes.GetValueOrDefault(storedName);

    public IReadOnlyList<EventSubscriber> SubscribersOf(Type eventType) => _subscribers.GetValueOrDefault(eventType) ?? [];
}
