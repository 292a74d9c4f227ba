namespace Estate.Modules.Cleaning.Domain;

/// <summary>The company's wall clock: schedules, windows and collection times are set in its time zone.</summary>
internal static class LocalTime
{
    public static DateOnly Today(DateTimeOffset now, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);

    public static DateOnly DateOf(DateTimeOffset instant, TimeZoneInfo zone) => Today(instant, zone);

    /// <summary>The instant a local date and time falls on, in UTC.</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time, TimeZoneInfo zone) =>
        new(TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(time, DateTimeKind.Unspecified), zone), TimeSpan.Zero);

    public static DateTimeOffset StartOf(DateOnly date, TimeZoneInfo zone) => At(date, TimeOnly.MinValue, zone);
}
