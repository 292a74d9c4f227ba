namespace Estate.SharedKernel.Jobs;

/// <summary>
/// A recurring job that works for one company at a time. The Host runs it for every company that has
/// the module switched on, each run in its own scope with that company as tenant. It must be
/// idempotent: Hangfire may run it twice.
/// </summary>
public interface ITenantJob
{
    Task RunAsync(CancellationToken cancellationToken);
}
