namespace Estate.Host.Messaging;

/// <summary>Polls the outboxes while the Host runs; a full batch is followed at once by the next.</summary>
internal sealed class OutboxDispatcherService(OutboxDispatcher dispatcher, IConfiguration configuration, ILogger<OutboxDispatcherService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMilliseconds(configuration.GetValue("Outbox:PollIntervalMs", 1000));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await dispatcher.DispatchPendingAsync(stoppingToken) >= OutboxDispatcher.BatchSize)
                {
                    continue;
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Outbox dispatch failed; retrying in {Interval}", interval);
            }

            await Task.Delay(interval, stoppingToken);
        }
    }
}
