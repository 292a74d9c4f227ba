using Estate.SharedKernel.Tenancy;

namespace Estate.SharedKernel.Reports;

/// <summary>
/// How a period [From, To) splits between a module's stored per-day figures (whole company-local days up to the day
/// its <see cref="IReportFiguresRefresher"/> covers) and live queries for the rest: a partial first day, the days
/// after the covered one, a partial last day. Without figures (no refresh yet) the whole period is live.
/// </summary>
public sealed record FigureDays(DateOnly? From, DateOnly? To, IReadOnlyList<ReportPeriod> Live)
{
    /// <summary>Whether any whole days [From, To) are read from the figures.</summary>
    public bool HasFigures => From is not null;

    public static FigureDays Of(ReportPeriod period, DateOnly? coveredThrough, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (coveredThrough is not { } covered)
        {
            return new FigureDays(null, null, [period]);
        }

        var firstDay = CompanyCalendar.DateOf(period.From, zone);
        if (CompanyCalendar.StartOf(firstDay, zone) < period.From)
        {
            firstDay = firstDay.AddDays(1);
        }

        // The day To falls in is whole only up to To, so it is never read from the figures.
        var endDay = CompanyCalendar.DateOf(period.To, zone);
        if (covered.AddDays(1) < endDay)
        {
            endDay = covered.AddDays(1);
        }

        if (endDay <= firstDay)
        {
            return new FigureDays(null, null, [period]);
        }

        var live = new List<ReportPeriod>();
        var (figuresFrom, figuresTo) = (CompanyCalendar.StartOf(firstDay, zone), CompanyCalendar.StartOf(endDay, zone));
        if (period.From < figuresFrom)
        {
            live.Add(new ReportPeriod(period.From, figuresFrom));
        }

        if (figuresTo < period.To)
        {
            live.Add(new ReportPeriod(figuresTo, period.To));
        }

        return new FigureDays(firstDay, endDay, live);
    }

    /// <summary>
    /// The covered day whose end-of-day state is the state at <paramref name="end"/> (a local midnight up to the
    /// covered day's end, and not after now); null when that state must be read live.
    /// </summary>
    public static DateOnly? EndOfDayAt(DateTimeOffset end, DateTimeOffset now, DateOnly? coveredThrough, TimeZoneInfo zone)
    {
        if (coveredThrough is not { } covered || end > now)
        {
            return null;
        }

        var day = CompanyCalendar.DateOf(end, zone);
        return CompanyCalendar.StartOf(day, zone) == end && day.AddDays(-1) <= covered ? day.AddDays(-1) : null;
    }
}
