using Estate.Host.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Estate.Host.Platform.Features.Users;

internal sealed record UserDetails(
    Guid Id, string Email, string DisplayName, string Role, string? Department, bool AllProperties, IReadOnlyList<Guid> PropertyIds);

internal static class UserQueries
{
    /// <summary>The company's users (one of them when <paramref name="userId"/> is set) with their role and property scope.</summary>
    public static async Task<List<UserDetails>> LoadAsync(PlatformDbContext db, Guid organizationId, Guid? userId, CancellationToken cancellationToken)
    {
        var users = await db.Users.AsNoTracking()
            .Where(u => u.OrganizationId == organizationId && (userId == null || u.Id == userId))
            .OrderBy(u => u.DisplayName)
            .Select(u => new
            {
                u.Id,
                u.Email,
                u.DisplayName,
                u.Department,
                u.AllProperties,
                Role = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).FirstOrDefault(),
                Properties = u.PropertyGrants.Select(g => g.PropertyId).ToList(),
            })
            .ToListAsync(cancellationToken);
        return [.. users.Select(u => new UserDetails(u.Id, u.Email ?? "", u.DisplayName, u.Role ?? "", u.Department, u.AllProperties, u.Properties))];
    }
}
