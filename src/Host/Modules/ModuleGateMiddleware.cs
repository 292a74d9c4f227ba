using Estate.SharedKernel.Modules;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Ui;
using Estate.SharedKernel.Web;
using Microsoft.AspNetCore.Components.Endpoints;

namespace Estate.Host.Modules;

/// <summary>
/// Answers 404 for a module's endpoints when the signed-in user's company has the module switched off
/// (or the user has no company), exactly as for a module that is not installed. Runs before
/// authorization, so a switched-off module looks the same to every user. A module's page opened by address
/// answers 404 with the not-found page (the status code pages re-execute /not-found).
/// </summary>
internal sealed class ModuleGateMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, ITenantContext tenant, IModuleSwitches switches, ModuleCatalog catalog)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is { } page && catalog.FindOwner(page.Type) is { } owner
            && context.User.Identity?.IsAuthenticated == true
            && (!tenant.HasTenant || !await switches.IsEnabledAsync(tenant.OrganizationId, owner.Manifest.Id, context.RequestAborted)))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var module = context.GetEndpoint()?.Metadata.GetMetadata<ModuleEndpointMetadata>();
        if (module is not null && context.User.Identity?.IsAuthenticated == true
            && (!tenant.HasTenant || !await switches.IsEnabledAsync(tenant.OrganizationId, module.ModuleId, context.RequestAborted)))
        {
            await TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: ProblemTitles.For(404),
                detail: Texts.T("资源不存在。", "No such resource.")).ExecuteAsync(context);
            return;
        }

        await next(context);
    }
}
