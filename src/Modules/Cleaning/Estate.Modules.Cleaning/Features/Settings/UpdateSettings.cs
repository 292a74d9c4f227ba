using Estate.Modules.Cleaning.Contracts;
using Estate.Modules.Cleaning.Data;
using Estate.Modules.Cleaning.Domain;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Cleaning.Features.Settings;

/// <summary>
/// Changes the company's cleaning settings; also the HTTP body. <see cref="Version"/> is the one read (0 while the
/// defaults apply). A new tolerance applies to collections logged from now on.
/// </summary>
internal sealed record UpdateSettings(int? CollectionToleranceMinutes, uint? Version) : ICommand<Result<SettingsDetails>>;

internal sealed class UpdateSettingsValidator : AbstractValidator<UpdateSettings>
{
    public UpdateSettingsValidator()
    {
        RuleFor(x => x.CollectionToleranceMinutes).NotNull().InclusiveBetween(0, CleaningSettings.MaxCollectionToleranceMinutes);
        RuleFor(x => x.Version).NotNull();
    }
}

internal sealed class UpdateSettingsHandler(CleaningDbContext db, ITenantContext tenant, TimeProvider clock) : IRequestHandler<UpdateSettings, Result<SettingsDetails>>
{
    public async Task<Result<SettingsDetails>> Handle(UpdateSettings request, CancellationToken cancellationToken)
    {
        var settings = await db.Settings.FirstOrDefaultAsync(cancellationToken);
        if (settings is null)
        {
            if (request.Version != 0)
            {
                throw new DbUpdateConcurrencyException("The settings were never saved; send version 0.");
            }

            settings = new CleaningSettings(tenant.OrganizationId);
            db.Settings.Add(settings);
        }
        else
        {
            db.ExpectVersion(settings, request.Version!.Value);
        }

        settings.Change(request.CollectionToleranceMinutes!.Value, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return new SettingsDetails(settings.CollectionToleranceMinutes, settings.ChangedAt, settings.Version);
    }
}

internal static class UpdateSettingsEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPut("settings", async (UpdateSettings request, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(request, cancellationToken)).ToOk())
            .WithName(nameof(UpdateSettings))
            .RequireAuthorization(CleaningPermissions.Manage);
}
