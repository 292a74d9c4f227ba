using Estate.Modules.Finance.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Estate.Modules.Finance.Data.Configurations;

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> builder)
    {
        builder.Property(p => p.Amount).HasPrecision(14, 2);
        builder.Property(p => p.Method).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.ReceiptNumber).HasMaxLength(Payment.ReceiptNumberMaxLength);
        builder.Property(p => p.PayerName).HasMaxLength(Payment.PayerNameMaxLength);
        builder.Property(p => p.Note).HasMaxLength(Payment.NoteMaxLength);
        builder.HasMany(p => p.Allocations).WithOne()
            .HasForeignKey(a => new { a.OrganizationId, a.PaymentId })
            .OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Allocations).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasIndex(p => new { p.OrganizationId, p.ReceiptNumber }).IsUnique();
        builder.HasIndex(p => new { p.OrganizationId, p.PaidAt });
        builder.HasIndex(p => new { p.OrganizationId, p.UnitId });

        // Whether the refresher has added the payment's allocations to the building figures; readers add the rest.
        builder.Property<bool>(BuildingDueFigures.Added).HasDefaultValue(false);
        builder.HasIndex(p => p.OrganizationId).HasFilter("NOT in_building_figures").HasDatabaseName("ix_payments_not_in_building_figures");
    }
}
