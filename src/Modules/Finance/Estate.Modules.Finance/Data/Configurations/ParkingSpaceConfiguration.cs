using Estate.Modules.Finance.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Estate.Modules.Finance.Data.Configurations;

internal sealed class ParkingSpaceConfiguration : IEntityTypeConfiguration<ParkingSpace>
{
    public void Configure(EntityTypeBuilder<ParkingSpace> builder)
    {
        builder.Property(p => p.Number).HasMaxLength(ParkingSpace.NumberMaxLength);
        builder.Property(p => p.Version).IsRowVersion();

        // One holder per space number at a time.
        builder.HasIndex(p => new { p.OrganizationId, p.PropertyId, p.Number }).IsUnique().HasFilter("released_on IS NULL");
        builder.HasIndex(p => new { p.OrganizationId, p.UnitId });
    }
}
