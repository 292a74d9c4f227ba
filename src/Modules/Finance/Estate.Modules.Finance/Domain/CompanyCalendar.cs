namespace Estate.Modules.Finance.Domain;

/// <summary>Dates as the company sees them: instants are stored in UTC, days are the company's time zone's.</summary>
internal static class CompanyCalendar
{
    public static DateOnly DateOf(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    /// <summary>The instant the day begins in the zone (midnight local), in UTC.</summary>
    public static DateTimeOffset StartOf(DateOnly date, TimeZoneInfo zone)
    {
        var midnight = date.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, zone.GetUtcOffset(midnight)).ToUniversalTime();
    }

    /// <summary>PostgreSQL keeps microseconds: "now" cut to them reads back exactly as it was answered.</summary>
    public static DateTimeOffset StoredNow(this TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        return now.AddTicks(-(now.UtcTicks % (TimeSpan.TicksPerMillisecond / 1000)));
    }
}
