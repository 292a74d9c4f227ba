using Estate.SharedKernel.Ui;

namespace Estate.SharedKernel.Dashboard;

/// <summary>One department's section of the dashboard.</summary>
public sealed record DashboardSection(
    string ModuleId,
    LocalizedText Title,
    IReadOnlyList<DashboardFigure> Headlines,
    IReadOnlyList<DashboardChart> Charts);

/// <summary>A headline figure; <paramref name="Link"/> is the page listing the records behind it.</summary>
public sealed record DashboardFigure(string Code, LocalizedText Name, decimal? Value, string Unit, string? Link = null);

public enum ChartKind
{
    Bar,
    Line,
    Donut,
}

/// <summary>A chart: one label per point and one or more series of the same length (a donut uses the first series).</summary>
public sealed record DashboardChart(
    string Code,
    LocalizedText Title,
    ChartKind Kind,
    IReadOnlyList<LocalizedText> Labels,
    IReadOnlyList<ChartSeries> Series,
    string? Link = null);

public sealed record ChartSeries(LocalizedText Name, IReadOnlyList<decimal> Values);
