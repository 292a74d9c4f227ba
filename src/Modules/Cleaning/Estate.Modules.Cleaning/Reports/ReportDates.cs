using Estate.SharedKernel.Tenancy;
using Estate.Modules.Cleaning.Domain;
using Estate.SharedKernel.Reports;
using Estate.SharedKernel.Results;

namespace Estate.Modules.Cleaning.Reports;

/// <summary>Periods given as local dates: <c>from</c> inclusive, <c>to</c> exclusive; the last 30 days (today included) by default.</summary>
internal static class ReportDates
{
    public const int DefaultDays = 30;
    public const int MaxDays = 366;

    public static Result<(DateOnly From, DateOnly To)> Resolve(DateOnly? from, DateOnly? to, DateOnly today)
    {
        var end = to ?? (from is { } start ? start.AddDays(DefaultDays) : today.AddDays(1));
        var begin = from ?? end.AddDays(-DefaultDays);
        if (end <= begin)
        {
            return Error.Invalid("to", "The period must end after it starts ('to' is exclusive).");
        }

        if (end.DayNumber - begin.DayNumber > MaxDays)
        {
            return Error.Invalid("to", $"A period is at most {MaxDays} days.");
        }

        return (begin, end);
    }

    public static ReportPeriod ToPeriod(DateOnly from, DateOnly to, TimeZoneInfo zone) => new(CompanyCalendar.StartOf(from, zone), CompanyCalendar.StartOf(to, zone));

    /// <summary>The local days a period covers: the day of its start up to, not including, the day its end falls on (or the next day when it ends mid-day).</summary>
    public static (DateOnly From, DateOnly To) DaysOf(ReportPeriod period, TimeZoneInfo zone)
    {
        var from = CompanyCalendar.DateOf(period.From, zone);
        var to = CompanyCalendar.DateOf(period.To.AddTicks(-1), zone).AddDays(1);
        return (from, to);
    }

    /// <summary>The period of equal length just before.</summary>
    public static ReportPeriod Previous(ReportPeriod period) => new(period.From - (period.To - period.From), period.From);
}
