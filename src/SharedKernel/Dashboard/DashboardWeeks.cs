using System.Globalization;
using Estate.SharedKernel.Reports;
using Estate.SharedKernel.Ui;

namespace Estate.SharedKernel.Dashboard;

/// <summary>A period cut into weeks from its first day (the last one may be short), for "per week" charts.</summary>
public sealed class DashboardWeeks
{
    private readonly DateTimeOffset _to;
    private readonly List<DateTimeOffset> _starts = [];

    public DashboardWeeks(ReportPeriod period, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(period);
        _to = period.To;
        for (var start = period.From; start < period.To; start = start.AddDays(7))
        {
            _starts.Add(start);
        }

        Labels = [.. _starts.Select(start => TimeZoneInfo.ConvertTime(start, zone)).Select(local =>
            new LocalizedText(local.ToString("M月d日", CultureInfo.InvariantCulture), local.ToString("MMM d", CultureInfo.InvariantCulture)))];
    }

    /// <summary>Each week's first day in the company's zone, e.g. "11月2日" / "Nov 2".</summary>
    public IReadOnlyList<LocalizedText> Labels { get; }

    /// <summary>How many of the instants fall in each week.</summary>
    public IReadOnlyList<decimal> Count(IEnumerable<DateTimeOffset> instants)
    {
        var counts = new decimal[_starts.Count];
        foreach (var instant in instants)
        {
            var week = _starts.FindLastIndex(start => start <= instant);
            if (week >= 0 && instant < _to)
            {
                counts[week]++;
            }
        }

        return counts;
    }

    /// <summary>The amounts added up per week by the instant each belongs to (e.g. a day's figure at the day's start).</summary>
    public IReadOnlyList<decimal> Sum(IEnumerable<(DateTimeOffset At, decimal Amount)> amounts)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        var sums = new decimal[_starts.Count];
        foreach (var (at, amount) in amounts)
        {
            var week = _starts.FindLastIndex(start => start <= at);
            if (week >= 0 && at < _to)
            {
                sums[week] += amount;
            }
        }

        return sums;
    }
}
