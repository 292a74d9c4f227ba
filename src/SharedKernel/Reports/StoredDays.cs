using Estate.SharedKernel.Tenancy;

namespace Estate.SharedKernel.Reports;

/// <summary>
/// A period cut in two: whole company-local days answered by stored per-day figures [StoredFrom, StoredTo), and
/// the instants after them [LiveFrom, LiveTo) computed from the records.
/// </summary>
public readonly record struct StoredDays(DateOnly StoredFrom, DateOnly StoredTo, DateTimeOffset LiveFrom, DateTimeOffset LiveTo)
{
    public bool HasStored => StoredTo > StoredFrom;

    public bool HasLive => LiveTo > LiveFrom;

    /// <summary>
    /// Stored days only from a period that starts at a day's beginning, up to the last covered day; everything
    /// else (no refresh yet, a period starting mid-day, the days since the refresh) is live.
    /// </summary>
    public static StoredDays Split(ReportPeriod period, TimeZoneInfo zone, DateOnly? coveredThrough)
    {
        var (from, to) = (period.From.ToUniversalTime(), period.To.ToUniversalTime());
        var first = CompanyCalendar.DateOf(from, zone);
        if (coveredThrough is { } covered && CompanyCalendar.StartOf(first, zone) == from)
        {
            var end = CompanyCalendar.DateOf(to, zone);
            if (end > covered.AddDays(1))
            {
                end = covered.AddDays(1);
            }

            if (end > first)
            {
                return new StoredDays(first, end, CompanyCalendar.StartOf(end, zone), to);
            }
        }

        return new StoredDays(first, first, from, to);
    }
}
