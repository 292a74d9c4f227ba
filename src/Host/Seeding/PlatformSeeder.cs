using Estate.Host.Platform.Data;
using Estate.SharedKernel.Security;
using Microsoft.AspNetCore.Identity;

namespace Estate.Host.Seeding;

/// <summary>The roles, and the first platform admin from Seed:AdminEmail / Seed:AdminPassword when both are set.</summary>
internal sealed class PlatformSeeder(RoleManager<IdentityRole<Guid>> roles, UserManager<PlatformUser> users, IConfiguration configuration, ILogger<PlatformSeeder> logger)
{
    public async Task SeedAsync()
    {
        foreach (var role in PlatformRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole<Guid>(role) { Id = Guid.CreateVersion7() });
            }
        }

        var email = configuration["Seed:AdminEmail"];
        var password = configuration["Seed:AdminPassword"];
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password) || await users.FindByEmailAsync(email) is not null)
        {
            return;
        }

        var admin = new PlatformUser { Id = Guid.CreateVersion7(), UserName = email, Email = email, DisplayName = "Platform admin", EmailConfirmed = true };
        var created = await users.CreateAsync(admin, password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException($"Seed:AdminPassword is refused: {string.Join(" ", created.Errors.Select(e => e.Description))}");
        }

        await users.AddToRoleAsync(admin, PlatformRoles.PlatformAdmin);
        logger.LogInformation("Platform admin {Email} created", email);
    }
}
