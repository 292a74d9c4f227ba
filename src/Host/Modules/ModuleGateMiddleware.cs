using Estate.SharedKernel.Modules;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Web;

namespace Estate.Host.Modules;

/// <summary>
/// Answers 404 for a module's endpoints when the signed-in user's company has the module switched off
/// (or the user has no company), exactly as for a module that is not installed. Runs before
/// authorization, so a switched-off module looks the same to every user.
/// </summary>
internal sealed class ModuleGateMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, ITenantContext tenant, IModuleSwitches switches)
    {
        var module = context.GetEndpoint()?.Metadata.GetMetadata<ModuleEndpointMetadata>();
        if (module is not null && context.User.Identity?.IsAuthenticated == true
            && (!tenant.HasTenant || !await switches.IsEnabledAsync(tenant.OrganizationId, module.ModuleId, context.RequestAborted)))
        {
            await TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: ProblemTitles.For(404),
                detail: "No such resource.").ExecuteAsync(context);
            return;
        }

        await next(context);
    }
}
