using Estate.Host.Platform.Data;
using Estate.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Estate.Host.Tenancy;

internal sealed class UserDirectory(PlatformDbContext db, ITenantContext tenant) : IUserDirectory
{
    public async Task<UserSummary?> FindAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var organizationId = tenant.OrganizationId;
        var user = await db.Users.AsNoTracking()
            .Where(u => u.OrganizationId == organizationId && u.Id == userId)
            .Select(u => new { u.Id, u.DisplayName, u.Department, u.Email })
            .SingleOrDefaultAsync(cancellationToken);
        if (user is null)
        {
            return null;
        }

        var role = await (from userRole in db.UserRoles
                          join r in db.Roles on userRole.RoleId equals r.Id
                          where userRole.UserId == userId
                          select r.Name).FirstOrDefaultAsync(cancellationToken);
        return new UserSummary(user.Id, user.DisplayName, role ?? "", user.Department, user.Email);
    }

    public async Task<IReadOnlyList<UserSummary>> ListAsync(string? department = null, CancellationToken cancellationToken = default)
    {
        var organizationId = tenant.OrganizationId;
        var users = db.Users.AsNoTracking().Where(u => u.OrganizationId == organizationId);
        if (department is not null)
        {
            users = users.Where(u => u.Department == department);
        }

        return await (from u in users
                      orderby u.DisplayName
                      select new UserSummary(
                          u.Id,
                          u.DisplayName,
                          (from userRole in db.UserRoles
                           join r in db.Roles on userRole.RoleId equals r.Id
                           where userRole.UserId == u.Id
                           select r.Name).FirstOrDefault() ?? "",
                          u.Department,
                          u.Email)).ToListAsync(cancellationToken);
    }
}
