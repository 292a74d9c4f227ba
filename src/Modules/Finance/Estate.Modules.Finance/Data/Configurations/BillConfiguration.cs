using Estate.Modules.Finance.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Estate.Modules.Finance.Data.Configurations;

/// <summary>
/// Bills are the big table (units × fee items × months): few indexes, so a generation inserting 200,000 rows
/// stays quick. The unique key makes generation idempotent and serves per-period figures; the open-bill index
/// serves payments (a unit's open bills) and current arrears; the settled index, which new bills do not enter,
/// serves arrears as they stood on a past day.
/// </summary>
internal sealed class BillConfiguration : IEntityTypeConfiguration<Bill>
{
    public void Configure(EntityTypeBuilder<Bill> builder)
    {
        builder.Property(b => b.Quantity).HasPrecision(12, 2);
        builder.Property(b => b.UnitPrice).HasPrecision(12, 4);
        builder.Property(b => b.AmountDue).HasPrecision(14, 2);
        builder.Property(b => b.AmountPaid).HasPrecision(14, 2);
        builder.Property(b => b.Version).IsRowVersion();
        builder.Ignore(b => b.Outstanding);

        builder.HasIndex(b => new { b.OrganizationId, b.Period, b.UnitId, b.FeeItemId }).IsUnique();
        builder.HasIndex(b => new { b.OrganizationId, b.DueOn });
        builder.HasIndex(b => new { b.OrganizationId, b.UnitId, b.DueOn }).HasFilter("settled_at IS NULL").HasDatabaseName("ix_bills_open");
        builder.HasIndex(b => new { b.OrganizationId, b.SettledAt }).HasFilter("settled_at IS NOT NULL");
    }
}
