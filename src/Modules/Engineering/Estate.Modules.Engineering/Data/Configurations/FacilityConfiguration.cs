using Estate.Modules.Engineering.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Estate.Modules.Engineering.Data.Configurations;

internal sealed class FacilityConfiguration : IEntityTypeConfiguration<Facility>
{
    public void Configure(EntityTypeBuilder<Facility> builder)
    {
        builder.Property(f => f.Name).HasMaxLength(Facility.NameMaxLength);
        builder.Property(f => f.Code).HasMaxLength(Facility.CodeMaxLength);
        builder.Property(f => f.Category).HasConversion<string>().HasMaxLength(32);
        builder.Property(f => f.Location).HasMaxLength(Facility.LocationMaxLength);
        builder.Property(f => f.Importance).HasConversion<string>().HasMaxLength(16);
        builder.Property(f => f.Version).IsRowVersion();

        builder.HasIndex(f => new { f.OrganizationId, f.PropertyId, f.Category });
        // The aging list: past or near the end of service life, or warranty ending soon.
        builder.HasIndex(f => new { f.OrganizationId, f.ServiceLifeEndsOn });
        builder.HasIndex(f => new { f.OrganizationId, f.WarrantyEndsOn });
    }
}
