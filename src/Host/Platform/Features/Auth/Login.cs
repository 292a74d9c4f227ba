using Estate.Host.Platform.Data;
using Estate.SharedKernel.Ui;
using Estate.SharedKernel.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Estate.Host.Platform.Features.Auth;

/// <summary>
/// POST /api/auth/login: email and password give a bearer access token (the bearer handler writes
/// { tokenType, accessToken, expiresIn, refreshToken }), or with ?useCookies=true a sign-in cookie for pages.
/// Signing in is HTTP itself, so this endpoint talks to Identity directly rather than through MediatR.
/// </summary>
internal static class Login
{
    public sealed record LoginBody(string? Email, string? Password);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/auth/login", HandleAsync).AllowAnonymous().WithName("Login").WithTags("Auth");

    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> HandleAsync(
        LoginBody body, bool? useCookies, SignInManager<PlatformUser> signIn)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(body.Email))
        {
            errors["email"] = [Texts.T("请填写邮箱。", "Email is required.")];
        }

        if (string.IsNullOrEmpty(body.Password))
        {
            errors["password"] = [Texts.T("请填写密码。", "Password is required.")];
        }

        if (errors.Count > 0)
        {
            return TypedResults.Problem(statusCode: 400, title: ProblemTitles.For(400), detail: Texts.T("请填写邮箱和密码。", "Email and password are required."),
                extensions: new Dictionary<string, object?> { ["code"] = "validation", ["errors"] = errors });
        }

        signIn.AuthenticationScheme = useCookies == true ? IdentityConstants.ApplicationScheme : IdentityConstants.BearerScheme;
        var result = await signIn.PasswordSignInAsync(body.Email!.Trim(), body.Password!, isPersistent: useCookies == true, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            var detail = result.IsLockedOut
                ? Texts.T("登录失败次数过多，请稍后再试。", "Too many failed attempts; try again later.")
                : Texts.T("邮箱或密码错误。", "Wrong email or password.");
            return TypedResults.Problem(statusCode: 401, title: ProblemTitles.For(401), detail: detail,
                extensions: new Dictionary<string, object?> { ["code"] = result.IsLockedOut ? "locked_out" : "bad_credentials" });
        }

        return TypedResults.Empty;
    }
}
