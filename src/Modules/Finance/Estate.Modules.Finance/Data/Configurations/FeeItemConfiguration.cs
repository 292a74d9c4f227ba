using Estate.Modules.Finance.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Estate.Modules.Finance.Data.Configurations;

internal sealed class FeeItemConfiguration : IEntityTypeConfiguration<FeeItem>
{
    public void Configure(EntityTypeBuilder<FeeItem> builder)
    {
        builder.Property(f => f.Name).HasMaxLength(FeeItem.NameMaxLength);
        builder.Property(f => f.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(f => f.UnitPrice).HasPrecision(12, 4);
        builder.Property(f => f.Version).IsRowVersion();

        builder.HasIndex(f => new { f.OrganizationId, f.PropertyId });
    }
}
