using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Reports;

namespace Estate.Modules.Cleaning.Reports;

/// <summary>The local days of a report period, and the period before it.</summary>
internal static class ReportDates
{
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
