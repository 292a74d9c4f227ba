using System.Security.Claims;
using Estate.Host.Platform.Data;
using Estate.Host.Ui;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Ui;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Estate.Host.Platform.Features.Auth;

/// <summary>
/// The signed-in user chooses the language of pages and messages ("zh-CN" or "en"); it is stored with the user.
/// Browsers get it at once (the page's switcher renews the sign-in); a bearer token carries it from the next sign-in.
/// </summary>
internal sealed record ChangeLanguage(Guid UserId, string? Language) : IRequest<Result<ChangeLanguage.Chosen>>
{
    public sealed record Chosen(string Language);
}

internal sealed class ChangeLanguageValidator : AbstractValidator<ChangeLanguage>
{
    public ChangeLanguageValidator()
    {
        RuleFor(r => r.Language).NotEmpty()
            .Must(language => UserLanguages.Supported(language) is not null)
            .WithMessage(_ => Texts.T(
                $"语言只能是 {string.Join("、", UserLanguages.Cultures)}。", $"Language must be one of {string.Join(", ", UserLanguages.Cultures)}."));
    }
}

internal sealed class ChangeLanguageHandler(UserManager<PlatformUser> users) : IRequestHandler<ChangeLanguage, Result<ChangeLanguage.Chosen>>
{
    public async Task<Result<ChangeLanguage.Chosen>> Handle(ChangeLanguage request, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(request.UserId.ToString()) is not { } user)
        {
            return Error.NotFound(new("用户", "User"), request.UserId);
        }

        user.Language = UserLanguages.Supported(request.Language)!;
        var updated = await users.UpdateAsync(user);
        return updated.Succeeded
            ? new ChangeLanguage.Chosen(user.Language)
            : IdentityErrors.ToError(updated, "");
    }
}

internal static class ChangeLanguageEndpoint
{
    internal sealed record Body(string? Language);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPut("/api/auth/me/language", async Task<Results<Ok<ChangeLanguage.Chosen>, ProblemHttpResult>> (
                    Body body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ChangeLanguage(Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)!), body.Language), ct)).ToOk())
            .RequireAuthorization()
            .WithName("ChangeLanguage")
            .WithTags("Auth");
}
