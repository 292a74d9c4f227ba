using System.Globalization;
using Estate.Modules.CustomerService.Features.Surveys;

namespace Estate.Modules.CustomerService.Pages.Surveys;

/// <summary>How survey figures read on the pages.</summary>
internal static class SurveyTexts
{
    public static string Period(SurveyDetails survey) =>
        $"{survey.PeriodStart.ToString("d", CultureInfo.CurrentCulture)} – {survey.PeriodEnd.ToString("d", CultureInfo.CurrentCulture)}";

    public static string Percent(decimal? rate) => rate is { } r ? $"{r.ToString("N1", CultureInfo.CurrentCulture)} %" : "—";

    /// <summary>A change in percentage points, with its sign.</summary>
    public static string Points(decimal? change) => change is { } c ? c.ToString("+0.0;-0.0;0.0", CultureInfo.CurrentCulture) : "—";
}
