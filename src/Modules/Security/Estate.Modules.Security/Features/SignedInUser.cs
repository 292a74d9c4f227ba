using Estate.SharedKernel.Tenancy;

namespace Estate.Modules.Security.Features;

/// <summary>Who is acting, by the name records keep: guards sign check-ins, reports and inspections.</summary>
internal sealed class SignedInUser(ITenantContext tenant, IUserDirectory users)
{
    public async Task<(Guid Id, string Name)> WhoAsync(CancellationToken cancellationToken)
    {
        var userId = tenant.UserId ?? throw new TenantRequiredException();
        var user = await users.FindAsync(userId, cancellationToken);
        return (userId, user?.DisplayName ?? userId.ToString());
    }
}
