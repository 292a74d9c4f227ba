using System.Security.Claims;
using Estate.Host.Platform.Data;
using Estate.SharedKernel.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Estate.Host.Security;

/// <summary>
/// Puts the user's language, company, its time zone, the department and the property scope on the signed-in
/// identity. They are read once at sign-in: a changed scope applies from the next sign-in.
/// </summary>
internal sealed class EstateClaimsPrincipalFactory(
    UserManager<PlatformUser> users,
    RoleManager<IdentityRole<Guid>> roles,
    IOptions<IdentityOptions> options,
    PlatformDbContext db)
    : UserClaimsPrincipalFactory<PlatformUser, IdentityRole<Guid>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PlatformUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ClaimTypes.GivenName, user.DisplayName));
        if (user.Language is not null)
        {
            identity.AddClaim(new Claim(EstateClaims.Language, user.Language));
        }

        if (user.OrganizationId is not { } organizationId)
        {
            return identity;
        }

        var timeZone = await db.Organizations.Where(o => o.Id == organizationId).Select(o => o.TimeZoneId).SingleAsync();
        identity.AddClaim(new Claim(EstateClaims.OrganizationId, organizationId.ToString()));
        identity.AddClaim(new Claim(EstateClaims.TimeZone, timeZone));
        identity.AddClaim(new Claim(EstateClaims.AllProperties, user.AllProperties ? "true" : "false"));
        if (user.Department is not null)
        {
            identity.AddClaim(new Claim(EstateClaims.Department, user.Department));
        }

        if (!user.AllProperties)
        {
            var granted = await db.UserPropertyGrants.Where(g => g.UserId == user.Id).Select(g => g.PropertyId).ToListAsync();
            identity.AddClaims(granted.Select(id => new Claim(EstateClaims.PropertyId, id.ToString())));
        }

        return identity;
    }
}
