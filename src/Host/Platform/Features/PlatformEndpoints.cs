using Estate.Host.Platform.Features.Auth;
using Estate.Host.Platform.Features.Dashboard;
using Estate.Host.Platform.Features.Modules;
using Estate.Host.Platform.Features.Organizations;
using Estate.Host.Platform.Features.Properties;
using Estate.Host.Platform.Features.Users;

namespace Estate.Host.Platform.Features;

internal static class PlatformEndpoints
{
    public static void MapPlatformEndpoints(this IEndpointRouteBuilder app)
    {
        Login.Map(app);
        GetCurrentUser.Map(app);
        ChangeLanguageEndpoint.Map(app);
        GetDashboardEndpoint.Map(app);

        var platform = app.MapGroup("/api/platform").WithTags("Platform").RequireAuthorization();
        CreateOrganizationEndpoint.Map(platform);
        ListOrganizationsEndpoint.Map(platform);
        CreatePropertyEndpoint.Map(platform);
        ListPropertiesEndpoint.Map(platform);
        UpdatePropertyEndpoint.Map(platform);
        CreateUserEndpoint.Map(platform);
        ListUsersEndpoint.Map(platform);
        UpdateUserEndpoint.Map(platform);
        ListModulesEndpoint.Map(platform);
        SwitchModuleEndpoint.Map(platform);
    }
}
