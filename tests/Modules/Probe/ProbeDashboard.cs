using Estate.SharedKernel.Dashboard;
using Estate.SharedKernel.Ui;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Probe;

/// <summary>
/// The probe's dashboard section: how many figures were recorded in the period (for the property, when one is
/// chosen) and their average per code as a bar chart. A company that recorded a "dashboard-fails" figure gets a
/// source that throws, standing in for a department whose figures cannot be built.
/// </summary>
internal sealed class ProbeDashboardSource(ProbeDbContext db) : IDashboardSource
{
    public const string FailingCode = "dashboard-fails";

    public string ModuleId => "probe";

    public async Task<DashboardSection> BuildAsync(DashboardQuery query, CancellationToken cancellationToken)
    {
        var figures = db.Figures.AsNoTracking().Where(f => f.RecordedAt >= query.Period.From && f.RecordedAt < query.Period.To);
        if (query.PropertyId is { } propertyId)
        {
            figures = figures.Where(f => f.PropertyId == propertyId);
        }

        var byCode = await figures.GroupBy(f => f.Code)
            .Select(g => new { Code = g.Key, Count = g.Count(), Average = g.Average(f => f.Value) })
            .OrderBy(g => g.Code)
            .ToListAsync(cancellationToken);
        if (byCode.Any(c => c.Code == FailingCode))
        {
            throw new InvalidOperationException("The probe was told to fail its dashboard.");
        }

        return new DashboardSection(
            ModuleId,
            new LocalizedText("测试探针", "Test probe"),
            [new DashboardFigure("figures", new LocalizedText("记录数", "Figures recorded"), byCode.Sum(c => c.Count), "")],
            [
                new DashboardChart(
                    "average-by-code",
                    new LocalizedText("按代码的平均值", "Average by code"),
                    ChartKind.Bar,
                    [.. byCode.Select(c => new LocalizedText(c.Code, c.Code))],
                    [new ChartSeries(new LocalizedText("平均值", "Average"), [.. byCode.Select(c => Math.Round(c.Average, 1))])]),
            ]);
    }
}
