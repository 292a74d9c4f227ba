using Estate.Modules.Cleaning.Contracts;
using Estate.Modules.Cleaning.Data;
using Estate.Modules.Cleaning.Domain;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Modules;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Ui;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Estate.Modules.Cleaning.Features.DeadCorners;

/// <summary>
/// Reports a hygiene dead corner; also the HTTP body. With an <see cref="EngineeringNeed"/> it is referred to
/// engineering at once when engineering is available.
/// </summary>
internal sealed record ReportDeadCorner(
    Guid? PropertyId,
    string Place,
    string Description,
    string? PhotoUrl,
    EngineeringNeed? EngineeringNeed) : ICommand<Result<DeadCornerDetails>>;

internal sealed class ReportDeadCornerValidator : AbstractValidator<ReportDeadCorner>
{
    public ReportDeadCornerValidator()
    {
        RuleFor(x => x.PropertyId).NotEmpty();
        RuleFor(x => x.Place).NotEmpty().MaximumLength(DeadCorner.PlaceMaxLength);
        RuleFor(x => x.Description).NotEmpty().MaximumLength(DeadCorner.DescriptionMaxLength);
        RuleFor(x => x.PhotoUrl).MaximumLength(DeadCorner.PhotoUrlMaxLength)
            .Must(BeAWebAddress).When(x => x.PhotoUrl is not null).WithMessage(_ => Texts.T("照片须为 http(s) 地址。", "The photo must be an http(s) address."));
        RuleFor(x => x.EngineeringNeed).IsInEnum();
    }

    private static bool BeAWebAddress(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}

internal sealed class ReportDeadCornerHandler(
    CleaningDbContext db,
    IPropertyDirectory properties,
    IUserDirectory users,
    IModuleAvailability modules,
    IMediator mediator,
    ITenantContext tenant,
    TimeProvider clock) : IRequestHandler<ReportDeadCorner, Result<DeadCornerDetails>>
{
    public async Task<Result<DeadCornerDetails>> Handle(ReportDeadCorner request, CancellationToken cancellationToken)
    {
        var property = await properties.FindAsync(request.PropertyId!.Value, cancellationToken);
        if (property is null)
        {
            return Error.Invalid("propertyId", Texts.T("小区不存在。", "Unknown property."));
        }

        var reporter = await users.CurrentUserAsync(tenant, cancellationToken);
        if (reporter is null)
        {
            return Actors.NoUser;
        }

        var deadCorner = DeadCorner.Report(
            tenant.OrganizationId, property.Id, request.Place, request.Description, request.PhotoUrl, request.EngineeringNeed,
            reporter.Id, reporter.DisplayName, clock.GetUtcNow());
        db.DeadCorners.Add(deadCorner);
        if (deadCorner.EngineeringNeed is not null)
        {
            var referred = await EngineeringReferral.TryReferAsync(deadCorner, modules, mediator, cancellationToken);
            if (!referred.IsSuccess)
            {
                return referred.Error!;
            }
        }

        // Saved here so the answer carries the stored version.
        await db.SaveChangesAsync(cancellationToken);
        return DeadCornerDetails.From(deadCorner);
    }
}

internal static class ReportDeadCornerEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("dead-corners", async (ReportDeadCorner request, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(request, cancellationToken)).ToCreated(d => $"/api/cleaning/dead-corners/{d.Id}"))
            .WithName(nameof(ReportDeadCorner))
            .RequireAuthorization(CleaningPermissions.Work);
}
