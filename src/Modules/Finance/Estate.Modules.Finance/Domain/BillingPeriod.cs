using System.Globalization;
using System.Text.RegularExpressions;
using Estate.SharedKernel.Ui;

namespace Estate.Modules.Finance.Domain;

/// <summary>
/// A billing period is a calendar month, written "2026-11" in the API and stored as its first day. Bills fall
/// due on the period's last day unless a run says otherwise.
/// </summary>
internal static partial class BillingPeriod
{
    public const string Format = "yyyy-MM";
    public static string Message => Texts.T("账期为月份，格式 yyyy-MM，例如 2026-11。", "A billing period is a month written yyyy-MM, e.g. 2026-11.");

    public static bool IsValid(string? text) => TryParse(text, out _);

    public static bool TryParse(string? text, out DateOnly firstDay)
    {
        firstDay = default;
        if (text is null || !Pattern().IsMatch(text))
        {
            return false;
        }

        var year = int.Parse(text[..4], CultureInfo.InvariantCulture);
        var month = int.Parse(text[5..], CultureInfo.InvariantCulture);
        if (year is < 2000 or > 2100)
        {
            return false;
        }

        firstDay = new DateOnly(year, month, 1);
        return true;
    }

    public static DateOnly Parse(string text) =>
        TryParse(text, out var firstDay) ? firstDay : throw new FormatException(Message);

    public static string Name(DateOnly firstDay) => firstDay.ToString(Format, CultureInfo.InvariantCulture);

    public static DateOnly Of(DateOnly day) => new(day.Year, day.Month, 1);

    public static DateOnly LastDay(DateOnly firstDay) => firstDay.AddMonths(1).AddDays(-1);

    [GeneratedRegex(@"^\d{4}-(0[1-9]|1[0-2])$")]
    private static partial Regex Pattern();
}
