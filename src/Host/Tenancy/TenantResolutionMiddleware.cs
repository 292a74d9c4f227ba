using System.Security.Claims;
using Estate.SharedKernel.Security;
using Estate.SharedKernel.Tenancy;

namespace Estate.Host.Tenancy;

/// <summary>Sets the request's tenant from the signed-in user's claims; a user without a company gets none.</summary>
internal sealed class TenantResolutionMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, TenantContext tenant)
    {
        tenant.SetFromUser(context.User);
        return next(context);
    }
}

internal static class TenantClaims
{
    /// <summary>Acts for the user's company with their property scope, as written into their claims at sign-in.</summary>
    public static void SetFromUser(this TenantContext tenant, ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated == true && Guid.TryParse(user.FindFirstValue(EstateClaims.OrganizationId), out var organizationId))
        {
            tenant.Set(
                organizationId,
                Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var userId) ? userId : null,
                user.HasClaim(EstateClaims.AllProperties, "true"),
                user.FindAll(EstateClaims.PropertyId).Select(c => Guid.Parse(c.Value)),
                user.FindFirstValue(EstateClaims.TimeZone));
        }
    }
}
