using Estate.Host.Platform.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Estate.Host.Ui;

/// <summary>
/// The browser's side of signing in and out and choosing the language: plain form posts and redirects,
/// because cookies can only be written by an HTTP response, not by an interactive page.
/// </summary>
internal static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/account").ExcludeFromDescription();
        account.MapPost("/sign-in", SignInAsync).AllowAnonymous();
        account.MapGet("/sign-out", SignOutAsync);
        account.MapGet("/culture", ChooseCultureAsync).AllowAnonymous();
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

    // A signed-in user's choice is stored with the user (it follows them to other browsers) and their sign-in renewed so
    // it applies at once; before signing in it lives in this browser's cookie. The page reloads so the new circuit
    // starts in the language.
    private static async Task<IResult> ChooseCultureAsync(
        string? name, string? returnUrl, HttpContext context, UserManager<PlatformUser> users, SignInManager<PlatformUser> signIn)
    {
        if (UserLanguages.Supported(name) is { } culture)
        {
            UserLanguages.WriteCookie(context.Response, culture);
            if (context.User.Identity?.IsAuthenticated == true && await users.GetUserAsync(context.User) is { } user)
            {
                user.Language = culture;
                await users.UpdateAsync(user);
                signIn.AuthenticationScheme = IdentityConstants.ApplicationScheme;
                await signIn.RefreshSignInAsync(user);
            }
        }

        return Results.LocalRedirect(LocalOrHome(returnUrl));
    }

    private static string SignInPage(string error, string? email, string returnUrl) =>
        $"/account/sign-in?error={error}&email={Uri.EscapeDataString(email ?? "")}&returnUrl={Uri.EscapeDataString(returnUrl)}";

    private static string LocalOrHome(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal) ? url : "/";
}
