using Estate.Modules.Finance.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Estate.Modules.Finance.Data.Configurations;

internal sealed class BillableUnitConfiguration : IEntityTypeConfiguration<BillableUnit>
{
    public void Configure(EntityTypeBuilder<BillableUnit> builder)
    {
        builder.ToTable("billable_units");
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.Property(u => u.BuildingName).HasMaxLength(BillableUnit.BuildingNameMaxLength);
        builder.Property(u => u.UnitNumber).HasMaxLength(BillableUnit.UnitNumberMaxLength);
        builder.Property(u => u.OwnerName).HasMaxLength(BillableUnit.OwnerNameMaxLength);
        builder.Property(u => u.FloorArea).HasPrecision(10, 2);

        builder.HasIndex(u => new { u.OrganizationId, u.PropertyId, u.BuildingName, u.UnitNumber });
        // A building's name in one probe (the dashboard names the buildings of its figures).
        builder.HasIndex(u => new { u.OrganizationId, u.BuildingId, u.BuildingName });
        // Units in arrears since a day: a range of this index, the property read from it too.
        builder.HasIndex(u => new { u.OrganizationId, u.OldestOpenDueOn }).IncludeProperties(u => u.PropertyId);
    }
}
