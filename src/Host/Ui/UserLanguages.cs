using Estate.SharedKernel.Security;
using Microsoft.AspNetCore.Localization;

namespace Estate.Host.Ui;

/// <summary>
/// Which language a request is answered in: the signed-in user's stored choice, else the browser's choice made before
/// signing in (culture cookie), else, for API callers only, their Accept-Language; else Chinese. Pages ignore the
/// browser's Accept-Language on purpose: staff browsers are often set to English while the company works in Chinese.
/// </summary>
internal static class UserLanguages
{
    public static readonly string[] Cultures = ["zh-CN", "en"];

    public static string? Supported(string? name) =>
        Cultures.FirstOrDefault(c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase));

    public static RequestLocalizationOptions LocalizationOptions(Func<PathString, bool> isApiPath)
    {
        var options = new RequestLocalizationOptions()
            .SetDefaultCulture(Cultures[0])
            .AddSupportedCultures(Cultures)
            .AddSupportedUICultures(Cultures);
        var acceptLanguage = new AcceptLanguageHeaderRequestCultureProvider { Options = options };
        options.RequestCultureProviders =
        [
            new CustomRequestCultureProvider(context => Task.FromResult(
                context.User.FindFirst(EstateClaims.Language)?.Value is { } language ? new ProviderCultureResult(language) : null)),
            new CookieRequestCultureProvider { Options = options },
            new CustomRequestCultureProvider(context => isApiPath(context.Request.Path)
                ? acceptLanguage.DetermineProviderCultureResult(context)
                : Task.FromResult<ProviderCultureResult?>(null)),
        ];
        return options;
    }

    /// <summary>Also remembers the choice in this browser, so the sign-in page after signing out speaks it too.</summary>
    public static void WriteCookie(HttpResponse response, string culture) =>
        response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
}
