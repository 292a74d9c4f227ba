using Estate.Modules.Cleaning.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Estate.Modules.Cleaning.Data.Configurations;

internal sealed class SupplyPurchaseConfiguration : IEntityTypeConfiguration<SupplyPurchase>
{
    public void Configure(EntityTypeBuilder<SupplyPurchase> builder)
    {
        builder.ToTable("supply_purchases");
        builder.Property(p => p.Item).HasMaxLength(SupplyPurchase.ItemMaxLength);
        builder.Property(p => p.Quantity).HasPrecision(12, 3);
        builder.Property(p => p.Unit).HasMaxLength(SupplyPurchase.UnitMaxLength);
        builder.Property(p => p.UnitCost).HasPrecision(12, 2);
        builder.Property(p => p.Total).HasPrecision(14, 2);
        builder.Property(p => p.Supplier).HasMaxLength(SupplyPurchase.SupplierMaxLength);
        builder.Property(p => p.Note).HasMaxLength(SupplyPurchase.NoteMaxLength);

        builder.HasIndex(p => new { p.OrganizationId, p.PurchasedOn });
    }
}
