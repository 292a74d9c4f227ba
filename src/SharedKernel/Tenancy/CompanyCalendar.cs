namespace Estate.SharedKernel.Tenancy;

/// <summary>
/// Days as the company sees them: the database keeps instants (UTC); people name days and times in the
/// company's time zone (<see cref="ITenantContext.TimeZone"/>).
/// </summary>
public static class CompanyCalendar
{
    /// <summary>The company-local date of an instant.</summary>
    public static DateOnly DateOf(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    /// <summary>The instant a local date and time falls on, in UTC.</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>The instant the local day begins (midnight), in UTC.</summary>
    public static DateTimeOffset StartOf(DateOnly date, TimeZoneInfo zone) => At(date, TimeOnly.MinValue, zone);
}
