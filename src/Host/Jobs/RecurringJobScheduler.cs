using Hangfire;

namespace Estate.Host.Jobs;

/// <summary>Puts every module's recurring job on Hangfire's schedule at start-up.</summary>
internal sealed class RecurringJobScheduler(RecurringJobRegistry registry, IRecurringJobManager recurringJobs) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var job in registry.Jobs)
        {
            recurringJobs.AddOrUpdate<TenantJobs>(job.JobId, j => j.EnqueueForEveryCompanyAsync(job.JobId), job.Cron);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
