namespace Estate.SharedKernel.Jobs;

/// <summary>Where a module declares its recurring jobs; the Host schedules them in Hangfire.</summary>
public interface IRecurringJobRegistry
{
    /// <param name="jobId">Stable id, e.g. "engineering.flag-overdue-work-orders".</param>
    /// <param name="cron">A cron expression in UTC, e.g. "*/5 * * * *".</param>
    void AddTenantJob<TJob>(string jobId, string cron)
        where TJob : ITenantJob;
}
