using Estate.Modules.Finance.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Estate.Modules.Finance.Data.Configurations;

internal sealed class BillingRunConfiguration : IEntityTypeConfiguration<BillingRun>
{
    public void Configure(EntityTypeBuilder<BillingRun> builder)
    {
        builder.Property(r => r.Trigger).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.UnitsSource).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.AmountCreated).HasPrecision(16, 2);

        builder.HasIndex(r => new { r.OrganizationId, r.StartedAt });

        // Whether the refresher has added the run's bills to the building figures; readers add the rest.
        builder.Property<bool>(BuildingDueFigures.Added).HasDefaultValue(false);
        builder.HasIndex(r => r.OrganizationId).HasFilter("NOT in_building_figures").HasDatabaseName("ix_billing_runs_not_in_building_figures");
    }
}
