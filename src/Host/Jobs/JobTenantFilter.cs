using Hangfire.Client;

namespace Estate.Host.Jobs;

/// <summary>Stamps the enqueuing company on each job as a job parameter; the activator restores it.</summary>
internal sealed class JobTenantFilter : IClientFilter
{
    public void OnCreating(CreatingContext context)
    {
        if (JobTenant.Value is { } organizationId)
        {
            context.SetJobParameter(JobTenant.Parameter, organizationId);
        }
    }

    public void OnCreated(CreatedContext context)
    {
    }
}
