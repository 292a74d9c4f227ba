using System.Globalization;

namespace Estate.Modules.Finance.Tests;

/// <summary>The test companies' calendar (Asia/Shanghai): the dates and billing periods the API takes are theirs.</summary>
internal static class CompanyTime
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Zone).DateTime);

    /// <summary>The billing period (yyyy-MM) <paramref name="monthsFromNow"/> months from this one.</summary>
    public static string Period(int monthsFromNow) => PeriodOf(Today.AddMonths(monthsFromNow));

    public static string PeriodOf(DateOnly day) => day.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A local time of day on a date, as a UTC instant.</summary>
    public static DateTimeOffset At(DateOnly date, int hour, int minute = 0)
    {
        var local = date.ToDateTime(new TimeOnly(hour, minute));
        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
