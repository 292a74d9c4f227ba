using System.Diagnostics;
using Estate.Host.Platform.Data;
using Estate.SharedKernel.Modules;
using Estate.SharedKernel.Persistence;
using Estate.SharedKernel.Reports;
using Estate.SharedKernel.Security;
using Estate.SharedKernel.Seeding;
using Estate.SharedKernel.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Estate.Host.Seeding;

/// <summary>
/// <c>generate-data --scale small|large [--companies 2]</c>: companies "规模测试物业 A/B" with their properties,
/// users and every installed module on, each filled by every loaded module's <see cref="IScaleDataGenerator"/>
/// through binary COPY, then ANALYZE. When the first company is already there it generates nothing. Either way it then
/// runs every module's <see cref="IReportFiguresRefresher"/> for each company, so the benchmarks read current figures.
/// </summary>
internal sealed class ScaleDataCommand(IServiceScopeFactory scopes, IModuleCatalog catalog, IConfiguration configuration, TimeProvider clock, ILogger<ScaleDataCommand> logger)
{
    public const string Password = "Scale!2026";

    private static readonly string[] PropertyNames =
    [
        "阳光", "翠湖", "滨江", "金桂", "银杏", "紫荆", "海棠", "锦绣", "和平", "春晓",
        "碧水", "青松", "明珠", "星河", "枫林", "兰亭", "柳岸", "梅园", "竹韵", "荷塘",
        "东方", "南山", "西溪", "北辰", "中央", "云台", "天悦", "嘉禾", "丰泽", "瑞祥",
    ];

    private static readonly string[] PropertyKinds = ["花园", "苑", "公寓", "家园", "名邸"];

    /// <summary>The company of index 0, 1, …: fixed ids so reruns, tests and benchmarks find the same companies.</summary>
    public static Guid CompanyId(int index) => Guid.Parse($"0193b000-0000-7000-8000-{index + 1:D12}");

    public static string CompanyName(int index) => $"规模测试物业 {(char)('A' + index)} (Scale Test {(char)('A' + index)})";

    /// <summary>The sign-in of a generated user, e.g. companyadmin@scale-a.estate or engineering.head@scale-b.estate.</summary>
    public static string Email(int companyIndex, string localPart) => $"{localPart}@scale-{(char)('a' + companyIndex)}.estate";

    public static async Task<int> RunAsync(WebApplication app, string[] args, CancellationToken cancellationToken)
    {
        var scaleName = ArgumentAfter(args, "--scale") ?? "small";
        var profile = ScaleProfile.Named(scaleName);
        if (profile is null || !int.TryParse(ArgumentAfter(args, "--companies") ?? "2", out var companies) || companies is < 1 or > 26)
        {
            await Console.Error.WriteLineAsync("usage: Estate.Host generate-data --scale small|large [--companies 1..26]");
            return 2;
        }

        return await app.Services.GetRequiredService<ScaleDataCommand>().GenerateAsync(profile, companies, cancellationToken) ? 0 : 1;
    }

    private static string? ArgumentAfter(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    /// <summary>Generates the companies; false when a module's generator failed (its company is rolled back).</summary>
    public async Task<bool> GenerateAsync(ScaleProfile profile, int companies, CancellationToken cancellationToken)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            if (await db.Organizations.AnyAsync(o => o.Id == CompanyId(0), cancellationToken))
            {
                Console.WriteLine($"generate-data: {CompanyName(0)} already exists; nothing generated (drop the database to regenerate)");
                return await RefreshReportFiguresAsync(companies, cancellationToken);
            }
        }

        var connectionString = configuration.GetConnectionString(ModuleDbContextRegistration.ConnectionStringName)!;
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var total = Stopwatch.StartNew();
        var now = clock.GetUtcNow();
        for (var index = 0; index < companies; index++)
        {
            var company = NewCompany(index, profile, now);
            Console.WriteLine($"generate-data: {company.Name}, scale {profile.Name}");
            if (!await FillAsync(dataSource, company, profile, now, cancellationToken))
            {
                return false;
            }
        }

        var analyze = Stopwatch.StartNew();
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        await using (var command = new NpgsqlCommand("ANALYZE", connection) { CommandTimeout = 0 })
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        Console.WriteLine($"generate-data: ANALYZE {analyze.Elapsed.TotalSeconds:F1} s; done in {total.Elapsed.TotalSeconds:F1} s");
        return await RefreshReportFiguresAsync(companies, cancellationToken);
    }

    // The modules' per-day report figures, as their hourly jobs would keep them: written in full for fresh data,
    // brought up to yesterday for data loaded earlier (a few seconds when they are current).
    private async Task<bool> RefreshReportFiguresAsync(int companies, CancellationToken cancellationToken)
    {
        var total = Stopwatch.StartNew();
        for (var index = 0; index < companies; index++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var company = await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Organizations.AsNoTracking()
                .Where(o => o.Id == CompanyId(index))
                .Select(o => new { o.Name, o.TimeZoneId })
                .FirstOrDefaultAsync(cancellationToken);
            if (company is null)
            {
                continue;
            }

            scope.ServiceProvider.GetRequiredService<TenantContext>().SetSystem(CompanyId(index), company.TimeZoneId);
            foreach (var refresher in scope.ServiceProvider.GetServices<IReportFiguresRefresher>())
            {
                var module = catalog.Modules.FirstOrDefault(m => m.Owns(refresher.GetType()))?.Manifest.Id ?? refresher.GetType().Name;
                var watch = Stopwatch.StartNew();
                try
                {
                    await refresher.RunAsync(cancellationToken);
                }
                catch (Exception exception) when (exception is NpgsqlException or InvalidOperationException)
                {
                    logger.LogError(exception, "Report figures of module {ModuleId} failed for {Company}", module, company.Name);
                    return false;
                }

                Console.WriteLine($"generate-data: report figures {module,-18} {company.Name} {watch.Elapsed.TotalSeconds,7:F1} s");
            }
        }

        Console.WriteLine($"generate-data: report figures refreshed in {total.Elapsed.TotalSeconds:F1} s");
        return true;
    }

    // Module rows go in one transaction per company, committed after the company itself is saved: a failed run
    // leaves neither, so it can simply be run again.
    private async Task<bool> FillAsync(NpgsqlDataSource dataSource, ScaleCompany company, ScaleProfile profile, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using (var command = new NpgsqlCommand("SET synchronous_commit = off", connection))
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        // The rows are consistent by construction: skipping the foreign-key triggers saves a check per row.
        // Only a superuser may; others load with the checks.
        await using (var command = new NpgsqlCommand("DO $$ BEGIN IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN SET session_replication_role = replica; END IF; END $$", connection))
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var context = new ScaleDataContext(
            company.Id,
            company.Index,
            [.. company.Properties.Select(p => new DemoProperty(p.Id, p.Name))],
            [.. company.Users.Select(u => new DemoUser(u.User.Id, u.User.Email!, u.User.DisplayName, u.Role, u.User.Department))],
            profile,
            now,
            TimeZoneInfo.FindSystemTimeZoneById(TenantContext.DefaultTimeZoneId),
            connection);

        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetSystem(company.Id);
        foreach (var generator in scope.ServiceProvider.GetServices<IScaleDataGenerator>().OrderBy(g => g.Order))
        {
            var module = catalog.Modules.FirstOrDefault(m => m.Owns(generator.GetType()))?.Manifest.Id ?? generator.GetType().Name;
            var watch = Stopwatch.StartNew();
            try
            {
                var rows = await generator.GenerateAsync(context, cancellationToken);
                Console.WriteLine($"  {module,-18} {watch.Elapsed.TotalSeconds,7:F1} s  {string.Join(", ", rows.Select(r => $"{r.Key} {r.Value:N0}"))}");
            }
            catch (Exception exception) when (exception is NpgsqlException or InvalidOperationException or InvalidCastException)
            {
                logger.LogError(exception, "Scale data of module {ModuleId} failed for {Company}", module, company.Name);
                return false;
            }
        }

        await SaveCompanyAsync(company, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private ScaleCompany NewCompany(int index, ScaleProfile profile, DateTimeOffset now)
    {
        var id = CompanyId(index);
        var random = new Random(1000 + index);
        var properties = Enumerable.Range(0, profile.Properties).Select(i => new Property
        {
            OrganizationId = id,
            Id = ScaleCopy.Id(now.AddYears(-3), random),
            Name = $"{PropertyNames[i % PropertyNames.Length]}{PropertyKinds[i / PropertyNames.Length % PropertyKinds.Length]}{(i >= PropertyNames.Length * PropertyKinds.Length ? $" {i + 1}" : string.Empty)}",
            Address = $"上海市{PropertyNames[(i * 7) % PropertyNames.Length]}路 {10 + i} 号",
            CreatedAt = now.AddYears(-3),
        }).ToList();

        var users = new List<(PlatformUser User, string Role)>
        {
            (NewUser(id, Email(index, "companyadmin"), "公司管理员 (Company admin)", null, random), PlatformRoles.CompanyAdmin),
            (NewUser(id, Email(index, "manager"), "总经理 (Senior manager)", null, random), PlatformRoles.SeniorManager),
            (NewUser(id, Email(index, "viewer"), "只读用户 (Read-only)", null, random), PlatformRoles.ReadOnly),
        };
        foreach (var module in catalog.Modules.Select(m => m.Manifest.Id))
        {
            users.Add((NewUser(id, Email(index, $"{module}.head"), $"{module} 主管 (head)", module, random), PlatformRoles.DepartmentHead));
            for (var staff = 1; staff <= 5; staff++)
            {
                var localPart = staff == 1 ? $"{module}.staff" : $"{module}.staff{staff}";
                users.Add((NewUser(id, Email(index, localPart), $"{module} 员工 {staff} (staff)", module, random), PlatformRoles.Staff));
            }
        }

        return new ScaleCompany(index, id, CompanyName(index), properties, users);
    }

    private static PlatformUser NewUser(Guid organizationId, string email, string name, string? department, Random random) =>
        new()
        {
            Id = ScaleCopy.Id(DateTimeOffset.UnixEpoch, random),
            OrganizationId = organizationId,
            UserName = email,
            NormalizedUserName = email.ToUpperInvariant(),
            Email = email,
            NormalizedEmail = email.ToUpperInvariant(),
            EmailConfirmed = true,
            DisplayName = name,
            Department = department,
            SecurityStamp = Guid.NewGuid().ToString("N"),
        };

    // One password hash for all the company's users and one SaveChanges: hashing per user would cost seconds.
    private async Task SaveCompanyAsync(ScaleCompany company, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var hash = scope.ServiceProvider.GetRequiredService<IPasswordHasher<PlatformUser>>().HashPassword(company.Users[0].User, Password);
        var roles = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id, cancellationToken);

        db.Organizations.Add(new Organization { Id = company.Id, Name = company.Name, TimeZoneId = TenantContext.DefaultTimeZoneId, CreatedAt = now.AddYears(-3) });
        db.Properties.AddRange(company.Properties);
        db.OrganizationModules.AddRange(catalog.Modules.Select(m => new OrganizationModule { OrganizationId = company.Id, ModuleId = m.Manifest.Id, Enabled = true, ChangedAt = now }));
        foreach (var (user, role) in company.Users)
        {
            user.PasswordHash = hash;
            db.Users.Add(user);
            db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = roles[role] });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private sealed record ScaleCompany(int Index, Guid Id, string Name, List<Property> Properties, List<(PlatformUser User, string Role)> Users);
}
