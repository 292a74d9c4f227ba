using Estate.Host.Platform.Data;
using Estate.SharedKernel.Modules;
using Estate.SharedKernel.Security;
using Estate.SharedKernel.Seeding;
using Estate.SharedKernel.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Estate.Host.Seeding;

/// <summary>
/// The demo company of run.sh (Seed:Demo=true): a few properties, one user per role, every installed
/// module on, then each module's own sample records. Safe to run at every start.
/// </summary>
internal sealed class DemoSeeder(IServiceScopeFactory scopes, IModuleCatalog catalog, TimeProvider clock, ILogger<DemoSeeder> logger)
{
    public const string CompanyName = "示范物业管理有限公司 (Demo Property Management)";
    public const string Password = "Demo!2026";

    private static readonly Guid OrganizationId = Guid.Parse("0193a000-0000-7000-8000-000000000001");

    private static readonly (Guid Id, string Name, string Address)[] DemoProperties =
    [
        (Guid.Parse("0193a000-0000-7000-8000-000000000101"), "阳光花园 (Sunshine Garden)", "上海市浦东新区阳光路 88 号"),
        (Guid.Parse("0193a000-0000-7000-8000-000000000102"), "翠湖苑 (Jade Lake Court)", "上海市闵行区翠湖路 16 号"),
        (Guid.Parse("0193a000-0000-7000-8000-000000000103"), "滨江公寓 (Riverside Apartments)", "上海市徐汇区滨江大道 1200 号"),
    ];

    private static readonly (string Email, string Name, string Role, string? Department)[] DemoUsers =
    [
        ("companyadmin@demo.estate", "王敏 (Company admin)", PlatformRoles.CompanyAdmin, null),
        ("manager@demo.estate", "李总 (Senior manager)", PlatformRoles.SeniorManager, null),
        ("engineering.head@demo.estate", "张工 (Engineering head)", PlatformRoles.DepartmentHead, "engineering"),
        ("engineering.staff@demo.estate", "刘师傅 (Engineering staff)", PlatformRoles.Staff, "engineering"),
        ("cleaning.head@demo.estate", "周主管 (Cleaning head)", PlatformRoles.DepartmentHead, "cleaning"),
        ("cleaning.staff@demo.estate", "孙阿姨 (Cleaning staff)", PlatformRoles.Staff, "cleaning"),
        ("security.head@demo.estate", "赵队长 (Security head)", PlatformRoles.DepartmentHead, "security"),
        ("security.staff@demo.estate", "吴保安 (Security staff)", PlatformRoles.Staff, "security"),
        ("customer-service.head@demo.estate", "黄丽 (Customer service head)", PlatformRoles.DepartmentHead, "customer-service"),
        ("customer-service.staff@demo.estate", "郑小梅 (Customer service staff)", PlatformRoles.Staff, "customer-service"),
        ("finance.head@demo.estate", "钱会计 (Finance head)", PlatformRoles.DepartmentHead, "finance"),
        ("finance.staff@demo.estate", "冯出纳 (Finance staff)", PlatformRoles.Staff, "finance"),
        ("viewer@demo.estate", "陈静 (Read-only)", PlatformRoles.ReadOnly, null),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var company = await EnsureCompanyAsync(cancellationToken);
        foreach (var usesOthers in new[] { false, true })
        {
            foreach (var module in catalog.Modules)
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<TenantContext>().SetSystem(company.OrganizationId);
                foreach (var seeder in scope.ServiceProvider.GetServices<IDemoDataSeeder>()
                             .Where(s => module.Owns(s.GetType()) && s.UsesOtherModulesData == usesOthers))
                {
                    await seeder.SeedAsync(company, cancellationToken);
                }
            }
        }

        logger.LogInformation("Demo company ready: {Company}, users {Users}, password {Password}", CompanyName, string.Join(", ", DemoUsers.Select(u => u.Email)), Password);
    }

    private async Task<DemoCompany> EnsureCompanyAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>();
        var now = clock.GetUtcNow();

        if (!await db.Organizations.AnyAsync(o => o.Id == OrganizationId, cancellationToken))
        {
            db.Organizations.Add(new Organization { Id = OrganizationId, Name = CompanyName, TimeZoneId = TenantContext.DefaultTimeZoneId, CreatedAt = now });
            db.Properties.AddRange(DemoProperties.Select(p => new Property { OrganizationId = OrganizationId, Id = p.Id, Name = p.Name, Address = p.Address, CreatedAt = now }));
            await db.SaveChangesAsync(cancellationToken);
        }

        var switchedOn = await db.OrganizationModules.Where(m => m.OrganizationId == OrganizationId).Select(m => m.ModuleId).ToListAsync(cancellationToken);
        db.OrganizationModules.AddRange(catalog.Modules.Where(m => !switchedOn.Contains(m.Manifest.Id))
            .Select(m => new OrganizationModule { OrganizationId = OrganizationId, ModuleId = m.Manifest.Id, Enabled = true, ChangedAt = now }));
        await db.SaveChangesAsync(cancellationToken);

        var demoUsers = new List<DemoUser>();
        foreach (var (email, name, role, department) in DemoUsers)
        {
            var user = await users.FindByEmailAsync(email);
            if (user is null)
            {
                user = new PlatformUser { Id = Guid.CreateVersion7(), OrganizationId = OrganizationId, UserName = email, Email = email, DisplayName = name, Department = department, EmailConfirmed = true };
                await users.CreateAsync(user, Password);
                await users.AddToRoleAsync(user, role);
            }

            demoUsers.Add(new DemoUser(user.Id, email, name, role, department));
        }

        return new DemoCompany(OrganizationId, [.. DemoProperties.Select(p => new DemoProperty(p.Id, p.Name))], demoUsers);
    }
}
