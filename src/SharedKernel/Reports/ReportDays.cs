using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Ui;

namespace Estate.SharedKernel.Reports;

/// <summary>
/// A report period named in company-local days, as people ask for it: <c>from</c> inclusive, <c>to</c> exclusive;
/// without dates, the last 30 days including today; with one date, 30 days from or up to it.
/// </summary>
public static class ReportDays
{
    public const int DefaultDays = 30;
    public const int MaxDays = 366;

    public static Result<(DateOnly From, DateOnly To)> Resolve(DateOnly? from, DateOnly? to, DateOnly today)
    {
        var end = to ?? (from is { } start ? start.AddDays(DefaultDays) : today.AddDays(1));
        var begin = from ?? end.AddDays(-DefaultDays);
        if (end <= begin)
        {
            return Error.Invalid("to", Texts.T("报告期的结束日期须晚于开始日期（不含结束日期 to）。", "The period must end after it starts ('to' is exclusive)."));
        }

        if (end.DayNumber - begin.DayNumber > MaxDays)
        {
            return Error.Invalid("to", Texts.T($"报告期最长 {MaxDays} 天。", $"A period is at most {MaxDays} days."));
        }

        return (begin, end);
    }

    /// <summary>The period as instants: from the start of <c>from</c> to the start of <c>to</c> in the company's zone.</summary>
    public static Result<ReportPeriod> Period(DateOnly? from, DateOnly? to, DateTimeOffset now, TimeZoneInfo zone)
    {
        var days = Resolve(from, to, CompanyCalendar.DateOf(now, zone));
        return days.IsSuccess
            ? new ReportPeriod(CompanyCalendar.StartOf(days.Value.From, zone), CompanyCalendar.StartOf(days.Value.To, zone))
            : days.Error!;
    }
}
