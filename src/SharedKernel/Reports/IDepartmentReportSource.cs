namespace Estate.SharedKernel.Reports;

/// <summary>Builds a department's meeting report for the current company and a period; one per module.</summary>
public interface IDepartmentReportSource
{
    string ModuleId { get; }

    Task<DepartmentReport> BuildAsync(ReportPeriod period, CancellationToken cancellationToken);
}
