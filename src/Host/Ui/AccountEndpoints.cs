using Estate.Host.Platform.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Estate.Host.Ui;

/// <summary>
/// The browser's side of signing in and out and choosing the language: plain form posts and redirects,
/// because cookies can only be written by an HTTP response, not by an interactive page.
/// </summary>
internal static class AccountEndpoints
{
    public static readonly string[] Cultures = ["zh-CN", "en"];

    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/account").ExcludeFromDescription();
        account.MapPost("/sign-in", SignInAsync).AllowAnonymous();
        account.MapGet("/sign-out", SignOutAsync);
        account.MapGet("/culture", ChooseCulture).AllowAnonymous();
    }

    private static async Task<IResult> SignInAsync(
        [FromForm] string? email, [FromForm] string? password, [FromForm] string? returnUrl, SignInManager<PlatformUser> signIn)
    {
        var back = LocalOrHome(returnUrl);
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
        {
            return Results.LocalRedirect(SignInPage("missing", email, back));
        }

        signIn.AuthenticationScheme = IdentityConstants.ApplicationScheme;
        var result = await signIn.PasswordSignInAsync(email.Trim(), password, isPersistent: true, lockoutOnFailure: true);
        return result.Succeeded
            ? Results.LocalRedirect(back)
            : Results.LocalRedirect(SignInPage(result.IsLockedOut ? "locked" : "wrong", email, back));
    }

    private static async Task<IResult> SignOutAsync(SignInManager<PlatformUser> signIn)
    {
        signIn.AuthenticationScheme = IdentityConstants.ApplicationScheme;
        await signIn.SignOutAsync();
        return Results.LocalRedirect("/account/sign-in");
    }

    // The chosen language lives in the culture cookie; the page reloads so the new circuit starts in it.
    private static IResult ChooseCulture(string? name, string? returnUrl, HttpContext context)
    {
        if (name is not null && Cultures.Contains(name))
        {
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(name)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
        }

        return Results.LocalRedirect(LocalOrHome(returnUrl));
    }

    private static string SignInPage(string error, string? email, string returnUrl) =>
        $"/account/sign-in?error={error}&email={Uri.EscapeDataString(email ?? "")}&returnUrl={Uri.EscapeDataString(returnUrl)}";

    private static string LocalOrHome(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal) ? url : "/";
}
