using System.Globalization;

namespace Estate.SharedKernel.Ui;

/// <summary>
/// Shows instants as the company's wall-clock time (its time zone, e.g. Asia/Shanghai), in the reader's culture —
/// never the server's zone. One per browser session, for the signed-in user's company.
/// </summary>
public sealed class CompanyClock(TimeZoneInfo zone)
{
    public TimeZoneInfo Zone { get; } = zone;

    public DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>"g" (date and short time) unless another .NET format is given; "—" for no time.</summary>
    public string Format(DateTimeOffset? instant, string format = "g") =>
        instant is { } at ? Local(at).ToString(format, CultureInfo.CurrentCulture) : "—";
}
