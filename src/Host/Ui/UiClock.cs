using System.Security.Claims;
using Estate.SharedKernel.Security;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Ui;
using Microsoft.AspNetCore.Components.Authorization;

namespace Estate.Host.Ui;

internal static class UiClock
{
    /// <summary>The clock of the signed-in user's company (its zone is a claim written at sign-in); Asia/Shanghai otherwise.</summary>
    public static CompanyClock For(AuthenticationStateProvider authentication)
    {
        // A circuit's authentication state is known before its first component is created.
        var state = authentication.GetAuthenticationStateAsync();
        var zoneId = state.IsCompletedSuccessfully ? state.Result.User.FindFirstValue(EstateClaims.TimeZone) : null;
        return new CompanyClock(TimeZoneInfo.FindSystemTimeZoneById(string.IsNullOrWhiteSpace(zoneId) ? TenantContext.DefaultTimeZoneId : zoneId));
    }
}
