using Estate.SharedKernel.Security;
using Hangfire.Dashboard;

namespace Estate.Host.Jobs;

/// <summary>The jobs dashboard shows every company's jobs: platform admins only.</summary>
internal sealed class PlatformAdminDashboardFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(PlatformRoles.PlatformAdmin);
}
