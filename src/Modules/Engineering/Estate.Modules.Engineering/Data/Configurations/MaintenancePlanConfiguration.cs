using Estate.Modules.Engineering.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Estate.Modules.Engineering.Data.Configurations;

internal sealed class MaintenancePlanConfiguration : IEntityTypeConfiguration<MaintenancePlan>
{
    public void Configure(EntityTypeBuilder<MaintenancePlan> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(MaintenancePlan.TitleMaxLength);
        builder.Property(p => p.Description).HasMaxLength(MaintenancePlan.DescriptionMaxLength);
        builder.Property(p => p.Category).HasConversion<string>().HasMaxLength(32);
        builder.Property(p => p.Priority).HasConversion<string>().HasMaxLength(32);
        builder.Property(p => p.Source).HasConversion<string>().HasMaxLength(32);
        builder.Property(p => p.Interval).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.Version).IsRowVersion();

        builder.HasOne<Facility>().WithMany()
            .HasForeignKey(p => new { p.OrganizationId, p.FacilityId })
            .OnDelete(DeleteBehavior.Restrict);

        builder.HasIndex(p => new { p.OrganizationId, p.FacilityId });
        // The plan job: active plans whose next due date is near.
        builder.HasIndex(p => new { p.OrganizationId, p.Status, p.NextDueOn });
    }
}
