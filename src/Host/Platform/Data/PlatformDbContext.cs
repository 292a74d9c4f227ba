using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Estate.Host.Platform.Data;

/// <summary>
/// The platform schema: companies, properties, users (ASP.NET Core Identity), module switches and the
/// data-protection keys that let several Host instances read each other's tokens and cookies.
/// </summary>
internal sealed class PlatformDbContext(DbContextOptions<PlatformDbContext> options)
    : IdentityDbContext<PlatformUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    public const string Schema = "platform";

    public DbSet<Organization> Organizations => Set<Organization>();

    public DbSet<Property> Properties => Set<Property>();

    public DbSet<OrganizationModule> OrganizationModules => Set<OrganizationModule>();

    public DbSet<UserPropertyGrant> UserPropertyGrants => Set<UserPropertyGrant>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasDefaultSchema(Schema);
        builder.Entity<IdentityRole<Guid>>().ToTable("roles");
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable("role_claims");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("user_claims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("user_logins");
        builder.Entity<IdentityUserRole<Guid>>().ToTable("user_roles");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("user_tokens");

        builder.Entity<Organization>(organization =>
        {
            organization.Property(o => o.Name).HasMaxLength(200);
            organization.Property(o => o.TimeZoneId).HasMaxLength(64);
            organization.HasIndex(o => o.Name).IsUnique();
        });
        builder.Entity<Property>(property =>
        {
            property.HasKey(p => new { p.OrganizationId, p.Id });
            property.Property(p => p.Name).HasMaxLength(200);
            property.Property(p => p.Address).HasMaxLength(500);
            property.Property(p => p.Version).IsRowVersion();
            property.HasIndex(p => new { p.OrganizationId, p.Name }).IsUnique();
            property.HasOne<Organization>().WithMany().HasForeignKey(p => p.OrganizationId);
        });
        builder.Entity<OrganizationModule>(module =>
        {
            module.HasKey(m => new { m.OrganizationId, m.ModuleId });
            module.Property(m => m.ModuleId).HasMaxLength(64);
            module.HasOne<Organization>().WithMany().HasForeignKey(m => m.OrganizationId);
        });
        builder.Entity<PlatformUser>(user =>
        {
            user.ToTable("users");
            user.Property(u => u.DisplayName).HasMaxLength(100);
            user.Property(u => u.Department).HasMaxLength(64);
            user.Property(u => u.Language).HasMaxLength(10);
            user.HasIndex(u => new { u.OrganizationId, u.NormalizedEmail });
            user.HasOne<Organization>().WithMany().HasForeignKey(u => u.OrganizationId);
            user.HasMany(u => u.PropertyGrants).WithOne().HasForeignKey(g => g.UserId);
        });
        builder.Entity<UserPropertyGrant>(grant =>
        {
            grant.HasKey(g => new { g.OrganizationId, g.UserId, g.PropertyId });
            grant.HasOne<Property>().WithMany().HasForeignKey(g => new { g.OrganizationId, g.PropertyId });
        });
    }
}
