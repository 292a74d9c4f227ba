using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Estate.Host.Errors;

/// <summary>
/// The language a request chose, for the error answers written outside the localization middleware (the exception
/// handler and the status code pages run around it, after it has restored the culture it set).
/// </summary>
internal static class RequestLanguage
{
    public static void Apply(HttpContext context)
    {
        if (context.Features.Get<IRequestCultureFeature>()?.RequestCulture is { } chosen)
        {
            CultureInfo.CurrentCulture = chosen.Culture;
            CultureInfo.CurrentUICulture = chosen.UICulture;
        }
    }

    /// <summary>A text in the request's language, leaving the thread's culture as it was.</summary>
    public static string In(HttpContext context, Func<string> text)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            Apply(context);
            return text();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}
