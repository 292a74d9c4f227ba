using Estate.Modules.Cleaning.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Estate.Modules.Cleaning.Data.Configurations;

internal sealed class TaskConfiguration : IEntityTypeConfiguration<CleaningTask>
{
    public void Configure(EntityTypeBuilder<CleaningTask> builder)
    {
        builder.ToTable("tasks");
        builder.Property(t => t.Description).HasMaxLength(CleaningSchedule.TaskMaxLength);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(t => t.CompletedByName).HasMaxLength(200);
        builder.Property(t => t.CompletionNote).HasMaxLength(CleaningTask.NoteMaxLength);
        builder.Property(t => t.Version).IsRowVersion();

        builder.HasOne<CleaningSchedule>().WithMany()
            .HasForeignKey(t => new { t.OrganizationId, t.ScheduleId })
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CleaningZone>().WithMany()
            .HasForeignKey(t => new { t.OrganizationId, t.ZoneId })
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(t => t.Inspections).WithOne()
            .HasForeignKey(i => new { i.OrganizationId, i.TaskId })
            .OnDelete(DeleteBehavior.Cascade);

        // One task per schedule and day: the generating job inserts with ON CONFLICT DO NOTHING on it.
        builder.HasIndex(t => new { t.OrganizationId, t.ScheduleId, t.Date }).IsUnique();
        builder.HasIndex(t => new { t.OrganizationId, t.Date });
        builder.HasIndex(t => new { t.OrganizationId, t.Status, t.WindowEnd });
    }
}
