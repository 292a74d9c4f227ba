using Estate.Modules.Cleaning.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Estate.Modules.Cleaning.Data.Configurations;

internal sealed class ZoneConfiguration : IEntityTypeConfiguration<CleaningZone>
{
    public void Configure(EntityTypeBuilder<CleaningZone> builder)
    {
        builder.ToTable("zones");
        builder.Property(z => z.Name).HasMaxLength(CleaningZone.NameMaxLength);
        builder.Property(z => z.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(z => z.Description).HasMaxLength(CleaningZone.DescriptionMaxLength);

        builder.HasIndex(z => new { z.OrganizationId, z.PropertyId, z.Name }).IsUnique();
    }
}
