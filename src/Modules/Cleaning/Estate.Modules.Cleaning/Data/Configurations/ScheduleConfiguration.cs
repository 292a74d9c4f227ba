using Estate.Modules.Cleaning.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Estate.Modules.Cleaning.Data.Configurations;

internal sealed class ScheduleConfiguration : IEntityTypeConfiguration<CleaningSchedule>
{
    public void Configure(EntityTypeBuilder<CleaningSchedule> builder)
    {
        builder.ToTable("schedules");
        builder.Property(s => s.Task).HasMaxLength(CleaningSchedule.TaskMaxLength);
        // The job's SQL compares these names; keep them as stored strings.
        builder.Property(s => s.Frequency).HasConversion<string>().HasMaxLength(32);
        builder.Property(s => s.Version).IsRowVersion();
        builder.Ignore(s => s.Weekdays);

        builder.HasOne<CleaningZone>().WithMany()
            .HasForeignKey(s => new { s.OrganizationId, s.ZoneId })
            .OnDelete(DeleteBehavior.Restrict);

        builder.HasIndex(s => new { s.OrganizationId, s.ZoneId });
        builder.HasIndex(s => new { s.OrganizationId, s.PropertyId, s.IsActive });
    }
}
