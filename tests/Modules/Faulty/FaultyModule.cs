using Estate.SharedKernel.Modules;
using Estate.SharedKernel.Reports;

namespace Estate.Modules.Faulty;

public sealed class FaultyModule : ModuleBase
{
    public const string Failure = "Faulty's report database is unreachable (on purpose).";

    public override ModuleManifest Manifest { get; } = new(
        "faulty", "故障模块", "Faulty", new Version(1, 0), "faulty", new Version(1, 0), []);
}

/// <summary>A department report that always fails, as one whose database is down would.</summary>
internal sealed class FaultyReportSource : IDepartmentReportSource
{
    public string ModuleId => "faulty";

    public Task<DepartmentReport> BuildAsync(ReportPeriod period, CancellationToken cancellationToken) =>
        throw new InvalidOperationException(FaultyModule.Failure);
}
