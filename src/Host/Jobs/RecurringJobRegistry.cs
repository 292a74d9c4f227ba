using Estate.SharedKernel.Jobs;
using Estate.SharedKernel.Modules;

namespace Estate.Host.Jobs;

/// <summary>A module's recurring job: which module, which class, how often.</summary>
internal sealed record TenantJobRegistration(string JobId, string ModuleId, Type JobType, string Cron);

/// <summary>Collects the recurring jobs every loaded module declares.</summary>
internal sealed class RecurringJobRegistry : IRecurringJobRegistry
{
    private readonly Dictionary<string, TenantJobRegistration> _jobs = new(StringComparer.Ordinal);
    private string? _registeringModule;

    public RecurringJobRegistry(IModuleCatalog catalog)
    {
        foreach (var module in catalog.Modules)
        {
            _registeringModule = module.Manifest.Id;
            module.Module.RegisterRecurringJobs(this);
        }

        _registeringModule = null;
    }

    public IReadOnlyCollection<TenantJobRegistration> Jobs => _jobs.Values;

    public void AddTenantJob<TJob>(string jobId, string cron)
        where TJob : ITenantJob
    {
        var moduleId = _registeringModule ?? throw new InvalidOperationException("Recurring jobs are registered by modules at start-up.");
        if (!_jobs.TryAdd(jobId, new TenantJobRegistration(jobId, moduleId, typeof(TJob), cron)))
        {
            throw new InvalidOperationException($"Recurring job id '{jobId}' is registered twice.");
        }
    }

    public TenantJobRegistration Get(string jobId) =>
        _jobs.TryGetValue(jobId, out var job) ? job : throw new InvalidOperationException($"No recurring job '{jobId}' is registered.");
}
