using System.Text.Json;
using Estate.Host.Tenancy;
using Estate.SharedKernel.Messaging;
using Estate.SharedKernel.Modules;
using Estate.SharedKernel.Persistence;
using Estate.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Estate.Host.Messaging;

/// <summary>
/// Delivers committed outbox rows to their subscribers. Each publisher's batch is claimed with
/// FOR UPDATE SKIP LOCKED, so several dispatchers (threads or Host instances) never take the same row;
/// each subscriber records the event in its inbox in the transaction of its own change, so an event
/// delivered again after a crash (delivered, but not yet marked processed) changes nothing.
/// </summary>
internal sealed class OutboxDispatcher(
    IModuleCatalog catalog,
    IntegrationEventRoutes routes,
    IServiceScopeFactory scopes,
    IModuleSwitches switches,
    CompanyTimeZones timeZones,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger)
{
    public const int BatchSize = 50;
    public const int MaxAttempts = 10;

    private static readonly System.Reflection.MethodInfo DeliverTypedMethod =
        typeof(OutboxDispatcher).GetMethod(nameof(DeliverTypedAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;

    /// <summary>Delivers one batch of every publishing module; returns how many rows it processed.</summary>
    public async Task<int> DispatchPendingAsync(CancellationToken cancellationToken)
    {
        var processed = 0;
        foreach (var module in catalog.Modules.Where(m => m.Module.DbContextType is not null))
        {
            processed += await DispatchModuleAsync(module, cancellationToken);
        }

        return processed;
    }

    private async Task<int> DispatchModuleAsync(LoadedModule publisher, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(publisher.Module.DbContextType!);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The schema comes from the module's manifest, never from a client.
        var claimBatch = $"""
            SELECT * FROM "{db.Schema}".{OutboxMessage.Table}
            WHERE processed_at IS NULL AND attempts < {MaxAttempts}
            ORDER BY occurred_at
            LIMIT {BatchSize}
            FOR UPDATE SKIP LOCKED
            """;
        var batch = await db.OutboxMessages.FromSqlRaw(claimBatch).ToListAsync(cancellationToken);

        foreach (var message in batch)
        {
            try
            {
                await DeliverAsync(message, cancellationToken);
                message.MarkProcessed(clock.GetUtcNow());
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Delivering outbox message {MessageId} ({Type}) failed", message.Id, message.Type);
                message.RecordFailure(exception.Message);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return batch.Count;
    }

    private async Task DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var eventType = routes.FindEventType(message.Type)
                        ?? throw new InvalidOperationException($"Unknown integration event type {message.Type}.");
        var integrationEvent = (IIntegrationEvent)JsonSerializer.Deserialize(message.Payload, eventType, IntegrationEventJson.Options)!;
        foreach (var subscriber in routes.SubscribersOf(eventType))
        {
            if (!await switches.IsEnabledAsync(message.OrganizationId, subscriber.Module.Manifest.Id, cancellationToken))
            {
                continue;
            }

            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<TenantContext>().SetSystem(message.OrganizationId, await timeZones.FindAsync(message.OrganizationId, cancellationToken));
            var task = (Task)DeliverTypedMethod.MakeGenericMethod(eventType)
                .Invoke(null, [scope.ServiceProvider, subscriber, message.Id, integrationEvent, cancellationToken])!;
            await task;
        }
    }

    private static async Task DeliverTypedAsync<TEvent>(
        IServiceProvider services, EventSubscriber subscriber, Guid messageId, TEvent integrationEvent, CancellationToken cancellationToken)
        where TEvent : IIntegrationEvent
    {
        var db = (ModuleDbContext)services.GetRequiredService(subscriber.Module.Module.DbContextType
            ?? throw new InvalidOperationException($"Module '{subscriber.Module.Manifest.Id}' subscribes to events but has no DbContext for its inbox."));
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var recordInInbox = $$"""INSERT INTO "{{db.Schema}}".{{InboxMessage.Table}} (message_id, handler, processed_at) VALUES ({0}, {1}, now()) ON CONFLICT DO NOTHING""";
        var firstDelivery = await db.Database.ExecuteSqlRawAsync(recordInInbox, [messageId, subscriber.HandlerType.FullName!], cancellationToken) == 1;
        if (!firstDelivery)
        {
            return;
        }

        var handler = (IIntegrationEventHandler<TEvent>)services.GetRequiredService(subscriber.HandlerType);
        await handler.HandleAsync(integrationEvent, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
