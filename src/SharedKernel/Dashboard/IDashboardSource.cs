using Estate.SharedKernel.Reports;

namespace Estate.SharedKernel.Dashboard;

/// <summary>
/// A department's part of the managers' home dashboard: headline figures and charts for a period and,
/// optionally, one property. Implemented once per module (registered by convention); the Host asks only the
/// modules switched on for the company.
/// </summary>
public interface IDashboardSource
{
    string ModuleId { get; }

    Task<DashboardSection> BuildAsync(DashboardQuery query, CancellationToken cancellationToken);
}

/// <summary>The dashboard's period [From, To) in the company's time zone, and the chosen property (null: all visible).</summary>
public sealed record DashboardQuery(ReportPeriod Period, Guid? PropertyId);
