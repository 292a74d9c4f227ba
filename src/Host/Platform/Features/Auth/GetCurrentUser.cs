using System.Globalization;
using System.Security.Claims;
using Estate.Host.Security;
using Estate.SharedKernel.Security;
using Estate.SharedKernel.Tenancy;

namespace Estate.Host.Platform.Features.Auth;

/// <summary>GET /api/auth/me: who is signed in, for which company and properties, with which permissions.</summary>
internal static class GetCurrentUser
{
    public sealed record CurrentUser(
        Guid Id,
        string Email,
        string DisplayName,
        string Language,
        IReadOnlyList<string> Roles,
        string? Department,
        Guid? OrganizationId,
        bool AllProperties,
        IReadOnlyList<Guid> PropertyIds,
        IReadOnlyList<string> Permissions);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/auth/me", Handle).RequireAuthorization().WithName("GetCurrentUser").WithTags("Auth");

    private static CurrentUser Handle(ClaimsPrincipal user, ITenantContext tenant, PermissionCatalog permissions) => new(
        Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)!),
        user.FindFirstValue(ClaimTypes.Email) ?? user.FindFirstValue(ClaimTypes.Name) ?? "",
        user.FindFirstValue(ClaimTypes.GivenName) ?? "",
        CultureInfo.CurrentUICulture.Name,
        [.. user.FindAll(ClaimTypes.Role).Select(c => c.Value)],
        user.FindFirstValue(EstateClaims.Department),
        tenant.OrganizationIdOrNull,
        tenant.AllProperties,
        tenant.PropertyIds,
        permissions.GrantedTo(user));
}
