using Estate.SharedKernel.Jobs;

namespace Estate.SharedKernel.Reports;

/// <summary>
/// Keeps a module's per-day figures of complete days (company-local days before today) for the current company, so
/// its meeting report and dashboard add up a few rows per property and day instead of scanning millions of records;
/// the days since the last refresh are still computed live. Registered by <see cref="Modules.ModuleBase"/>; a module
/// also schedules it as a recurring job, and the Host's <c>generate-data</c> runs it after loading scale data.
/// Idempotent: a refresh rewrites the days it covers.
/// </summary>
public interface IReportFiguresRefresher : ITenantJob;
