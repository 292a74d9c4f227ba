using Estate.Host.Modules;
using Estate.Host.Platform.Data;
using Estate.Host.Tenancy;
using Estate.SharedKernel.Jobs;
using Estate.SharedKernel.Tenancy;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace Estate.Host.Jobs;

/// <summary>
/// The two halves of a module's recurring job: the schedule fires <see cref="EnqueueForEveryCompanyAsync"/>,
/// which enqueues one run per company that has the module switched on, stamped with that company;
/// <see cref="RunForCompanyAsync"/> runs the module's job in the restored tenant's scope.
/// </summary>
internal sealed class TenantJobs(
    RecurringJobRegistry registry,
    IBackgroundJobClient jobs,
    PlatformDbContext platform,
    ModuleSwitches switches,
    TenantContext tenant,
    CompanyTimeZones timeZones,
    IServiceProvider services,
    ILogger<TenantJobs> logger)
{
    public async Task EnqueueForEveryCompanyAsync(string jobId)
    {
        var job = registry.Get(jobId);
        var companies = await platform.OrganizationModules.AsNoTracking()
            .Where(m => m.ModuleId == job.ModuleId && m.Enabled)
            .Select(m => m.OrganizationId)
            .ToListAsync();
        foreach (var organizationId in companies)
        {
            using (JobTenant.Use(organizationId))
            {
                jobs.Enqueue<TenantJobs>(j => j.RunForCompanyAsync(jobId, CancellationToken.None));
            }
        }

        logger.LogInformation("Recurring job {JobId} enqueued for {CompanyCount} companies", jobId, companies.Count);
    }

    public async Task RunForCompanyAsync(string jobId, CancellationToken cancellationToken)
    {
        var job = registry.Get(jobId);
        if (!tenant.HasTenant)
        {
            throw new TenantRequiredException();
        }

        // The company may have switched the module off since the run was enqueued.
        if (!await switches.IsEnabledAsync(tenant.OrganizationId, job.ModuleId, cancellationToken))
        {
            logger.LogInformation("Skipped {JobId} for {OrganizationId}: module {ModuleId} is off", jobId, tenant.OrganizationId, job.ModuleId);
            return;
        }

        tenant.SetSystem(tenant.OrganizationId, await timeZones.FindAsync(tenant.OrganizationId, cancellationToken));
        var instance = (ITenantJob)services.GetRequiredService(job.JobType);
        await instance.RunAsync(cancellationToken);
    }
}
