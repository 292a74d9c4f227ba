using Estate.Host.Modules;
using Estate.Host.Platform.Data;
using Estate.Host.Security;
using Estate.SharedKernel.Modules;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Estate.Host.Platform.Features.Modules;

/// <summary>A company admin switches a module on or off for the company; its data stays either way.</summary>
internal sealed record SwitchModule(string ModuleId, bool? Enabled) : IRequest<Result<ModuleStatus>>;

internal sealed class SwitchModuleValidator : AbstractValidator<SwitchModule>
{
    public SwitchModuleValidator() => RuleFor(r => r.Enabled).NotNull();
}

internal sealed class SwitchModuleHandler(PlatformDbContext db, ModuleCatalog catalog, ModuleSwitches switches, ITenantContext tenant, TimeProvider clock)
    : IRequestHandler<SwitchModule, Result<ModuleStatus>>
{
    public async Task<Result<ModuleStatus>> Handle(SwitchModule request, CancellationToken cancellationToken)
    {
        if (catalog.FindById(request.ModuleId)?.Manifest is not { } manifest)
        {
            return Error.NotFound(new("模块", "Module"), request.ModuleId);
        }

        var organizationId = tenant.OrganizationId;
        var row = await db.OrganizationModules.SingleOrDefaultAsync(m => m.OrganizationId == organizationId && m.ModuleId == manifest.Id, cancellationToken);
        if (row is null)
        {
            db.OrganizationModules.Add(row = new OrganizationModule { OrganizationId = organizationId, ModuleId = manifest.Id });
        }

        row.Enabled = request.Enabled!.Value;
        row.ChangedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        switches.Forget(organizationId);
        return new ModuleStatus(manifest.Id, manifest.NameZh, manifest.NameEn, manifest.Version.ToString(), manifest.Schema, row.Enabled);
    }
}

internal static class SwitchModuleEndpoint
{
    internal sealed record Body(bool? Enabled);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPut("/modules/{moduleId}", async Task<Results<Ok<ModuleStatus>, ProblemHttpResult>> (string moduleId, Body body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new SwitchModule(moduleId, body.Enabled), ct)).ToOk())
            .RequireAuthorization(PlatformPermissions.ManageCompany)
            .WithName("SwitchModule");
}
