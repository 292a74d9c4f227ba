using Estate.Modules.Cleaning.Contracts;
using Estate.Modules.Cleaning.Data;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Estate.Modules.Cleaning.Features.Settings;

internal sealed record GetSettings : IRequest<Result<SettingsDetails>>;

internal sealed class GetSettingsHandler(CleaningDbContext db, ITenantContext tenant) : IRequestHandler<GetSettings, Result<SettingsDetails>>
{
    public async Task<Result<SettingsDetails>> Handle(GetSettings request, CancellationToken cancellationToken)
    {
        var settings = await db.SettingsOfAsync(tenant.OrganizationId, cancellationToken);
        return new SettingsDetails(settings.CollectionToleranceMinutes, settings.ChangedAt, settings.Version);
    }
}

internal static class GetSettingsEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("settings", async (IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetSettings(), cancellationToken)).ToOk())
            .WithName(nameof(GetSettings))
            .RequireAuthorization(CleaningPermissions.Read);
}
