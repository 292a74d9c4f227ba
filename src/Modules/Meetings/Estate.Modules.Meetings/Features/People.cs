using Estate.SharedKernel.Security;
using Estate.SharedKernel.Tenancy;

namespace Estate.Modules.Meetings.Features;

/// <summary>Who is acting, as the platform knows them: for rules the permissions alone cannot state (one's own department, one's own items).</summary>
internal sealed class People(IUserDirectory users, ITenantContext tenant)
{
    private UserSummary? _current;

    public async Task<UserSummary?> CurrentAsync(CancellationToken cancellationToken) =>
        _current ??= tenant.UserId is { } id ? await users.FindAsync(id, cancellationToken) : null;

    public Task<UserSummary?> FindAsync(Guid userId, CancellationToken cancellationToken) => users.FindAsync(userId, cancellationToken);

    public static bool IsManager(UserSummary? user) => user?.Role is PlatformRoles.CompanyAdmin or PlatformRoles.SeniorManager;

    /// <summary>Managers, and the head of the department; the system (jobs, seeding) acts without a user.</summary>
    public async Task<bool> MaySpeakForAsync(string department, CancellationToken cancellationToken)
    {
        if (tenant.UserId is null)
        {
            return true;
        }

        var user = await CurrentAsync(cancellationToken);
        return IsManager(user) || (user?.Role == PlatformRoles.DepartmentHead && user.Department == department);
    }

    public async Task<string> CurrentNameAsync(CancellationToken cancellationToken) => (await CurrentAsync(cancellationToken))?.DisplayName ?? "系统 (system)";
}
