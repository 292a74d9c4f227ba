using Estate.Modules.Cleaning.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Estate.Modules.Cleaning.Data.Configurations;

internal sealed class CollectionPointConfiguration : IEntityTypeConfiguration<CollectionPoint>
{
    public void Configure(EntityTypeBuilder<CollectionPoint> builder)
    {
        builder.ToTable("collection_points");
        builder.Property(p => p.Name).HasMaxLength(CollectionPoint.NameMaxLength);
        builder.Property(p => p.Location).HasMaxLength(CollectionPoint.LocationMaxLength);

        builder.HasIndex(p => new { p.OrganizationId, p.PropertyId, p.Name }).IsUnique();
    }
}
