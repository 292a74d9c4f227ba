using System.Diagnostics;
using Estate.Modules.Meetings.Data;
using Estate.SharedKernel.Modules;
using Estate.SharedKernel.Reports;
using Estate.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Estate.Modules.Meetings.Reports;

/// <summary>
/// Pulls the department reports of the modules switched on for the current company, in the company's order.
/// Sources run concurrently, each in a DI scope of its own (a DbContext serves one operation at a time), with
/// the caller's tenant. A source that fails or runs out of time leaves its section unavailable with the reason,
/// logged; the other sections and the meeting carry on.
/// </summary>
internal sealed class ReportCollector(
    IEnumerable<IDepartmentReportSource> sources,
    IModuleAvailability availability,
    IModuleCatalog catalog,
    IServiceScopeFactory scopes,
    ITenantContext tenant,
    MeetingsDbContext db,
    TimeProvider clock,
    IConfiguration configuration,
    ILogger<ReportCollector> logger)
{
    public const string NotInstalled = "The department's module is not installed on this platform.";
    public const string NoReport = "The department's module publishes no meeting report.";

    private TimeSpan Timeout => TimeSpan.FromSeconds(configuration.GetValue("Meetings:ReportTimeoutSeconds", 20));

    /// <param name="onlyModules">Pull only these departments (e.g. the one an action item's target points to); null for all.</param>
    public async Task<IReadOnlyList<CollectedReport>> CollectAsync(ReportPeriod period, IReadOnlyCollection<string>? onlyModules, CancellationToken cancellationToken)
    {
        var order = await db.Settings.AsNoTracking().Select(s => s.DepartmentOrder).FirstOrDefaultAsync(cancellationToken) ?? [];
        var bySource = sources.GroupBy(s => s.ModuleId).ToDictionary(g => g.Key, g => g.First());
        var wanted = order.Concat(bySource.Keys.Order(StringComparer.Ordinal)).Distinct()
            .Where(id => onlyModules is null || onlyModules.Contains(id))
            .ToList();

        var sections = new List<Task<CollectedReport>>();
        foreach (var moduleId in wanted)
        {
            var module = catalog.Modules.FirstOrDefault(m => m.Manifest.Id == moduleId);
            if (module is null)
            {
                logger.LogInformation("Meeting report of {ModuleId} unavailable: {Reason}", moduleId, NotInstalled);
                sections.Add(Task.FromResult(new CollectedReport(moduleId, moduleId, moduleId, false, NotInstalled, null, clock.GetUtcNow())));
                continue;
            }

            // Switched off for this company: the department is simply not part of its meetings.
            if (!await availability.IsAvailableAsync(moduleId, cancellationToken))
            {
                continue;
            }

            sections.Add(bySource.ContainsKey(moduleId)
                ? BuildAsync(moduleId, module.Manifest, period, cancellationToken)
                : Task.FromResult(new CollectedReport(moduleId, module.Manifest.NameZh, module.Manifest.NameEn, false, NoReport, null, clock.GetUtcNow())));
        }

        return await Task.WhenAll(sections);
    }

    private async Task<CollectedReport> BuildAsync(string moduleId, ModuleManifest manifest, ReportPeriod period, CancellationToken cancellationToken)
    {
        // Leave the caller's thread at once, so the sources run side by side.
        await Task.Yield();
        var started = Stopwatch.GetTimestamp();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await using var scope = scopes.CreateTenantScope(tenant);
            var source = scope.ServiceProvider.GetServices<IDepartmentReportSource>().First(s => s.ModuleId == moduleId);
            var report = await source.BuildAsync(period, timeout.Token);
            logger.LogDebug("Meeting report of {ModuleId} built in {ElapsedMs:0.0} ms", moduleId, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return new CollectedReport(moduleId, manifest.NameZh, manifest.NameEn, true, null, report, report.AsOf);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            var reason = exception is OperationCanceledException
                ? $"The report took longer than {Timeout.TotalSeconds:0} s."
                : $"The report failed: {exception.Message}";
            logger.LogWarning(exception, "Meeting report of {ModuleId} unavailable: {Reason}", moduleId, reason);
            return new CollectedReport(moduleId, manifest.NameZh, manifest.NameEn, false, reason, null, clock.GetUtcNow());
        }
    }
}
