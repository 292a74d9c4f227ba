using Estate.Modules.Engineering.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Estate.Modules.Engineering.Data.Configurations;

internal sealed class MaintenanceRecordConfiguration : IEntityTypeConfiguration<MaintenanceRecord>
{
    public void Configure(EntityTypeBuilder<MaintenanceRecord> builder)
    {
        builder.Property(r => r.Work).HasMaxLength(MaintenanceRecord.WorkMaxLength);
        builder.Property(r => r.PerformedBy).HasMaxLength(MaintenanceRecord.PerformedByMaxLength);
        builder.Property(r => r.Cost).HasPrecision(12, 2);

        builder.HasOne<Facility>().WithMany()
            .HasForeignKey(r => new { r.OrganizationId, r.FacilityId })
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<WorkOrder>().WithMany()
            .HasForeignKey(r => new { r.OrganizationId, r.WorkOrderId })
            .OnDelete(DeleteBehavior.Restrict);

        builder.HasIndex(r => new { r.OrganizationId, r.FacilityId, r.PerformedOn });
        builder.HasIndex(r => new { r.OrganizationId, r.PerformedOn });
    }
}
