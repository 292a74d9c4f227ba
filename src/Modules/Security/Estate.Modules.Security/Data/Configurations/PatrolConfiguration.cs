using Estate.Modules.Security.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Estate.Modules.Security.Data.Configurations;

internal sealed class PatrolRouteConfiguration : IEntityTypeConfiguration<PatrolRoute>
{
    public void Configure(EntityTypeBuilder<PatrolRoute> builder)
    {
        builder.Property(r => r.Name).HasMaxLength(PatrolRoute.NameMaxLength);
        builder.HasMany(r => r.Checkpoints).WithOne()
            .HasForeignKey(c => new { c.OrganizationId, c.RouteId })
            .OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Checkpoints).HasField("_checkpoints");
        builder.HasIndex(r => new { r.OrganizationId, r.PropertyId, r.Name }).IsUnique();
    }
}

internal sealed class PatrolCheckpointConfiguration : IEntityTypeConfiguration<PatrolCheckpoint>
{
    public void Configure(EntityTypeBuilder<PatrolCheckpoint> builder)
    {
        builder.Property(c => c.Code).HasMaxLength(PatrolCheckpoint.CodeMaxLength);
        builder.Property(c => c.Name).HasMaxLength(PatrolCheckpoint.NameMaxLength);
        builder.Property(c => c.Location).HasMaxLength(PatrolCheckpoint.LocationMaxLength);

        // The code a tag carries identifies the checkpoint within its company.
        builder.HasIndex(c => new { c.OrganizationId, c.Code }).IsUnique();
        builder.HasIndex(c => new { c.OrganizationId, c.RouteId, c.Sequence });
    }
}

internal sealed class PatrolPlanConfiguration : IEntityTypeConfiguration<PatrolPlan>
{
    public void Configure(EntityTypeBuilder<PatrolPlan> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(PatrolPlan.NameMaxLength);
        builder.Property(p => p.Version).IsRowVersion();
        builder.HasOne<PatrolRoute>().WithMany().HasForeignKey(p => new { p.OrganizationId, p.RouteId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.OrganizationId, p.PropertyId });
        builder.HasIndex(p => new { p.OrganizationId, p.RouteId });
    }
}

internal sealed class PatrolTaskConfiguration : IEntityTypeConfiguration<PatrolTask>
{
    public void Configure(EntityTypeBuilder<PatrolTask> builder)
    {
        builder.Property(t => t.RouteName).HasMaxLength(PatrolRoute.NameMaxLength);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(32);
        builder.Ignore(t => t.IsOpen);
        builder.HasOne<PatrolPlan>().WithMany().HasForeignKey(t => new { t.OrganizationId, t.PlanId }).OnDelete(DeleteBehavior.Cascade);

        // The scheduling job inserts with ON CONFLICT on this key, so running it twice adds nothing.
        builder.HasIndex(t => new { t.OrganizationId, t.PlanId, t.ScheduledStart }).IsUnique();
        builder.HasIndex(t => new { t.OrganizationId, t.ScheduledStart });
        builder.HasIndex(t => new { t.OrganizationId, t.PropertyId, t.ScheduledStart });
        builder.HasIndex(t => new { t.OrganizationId, t.Status, t.WindowClosesAt });
    }
}

internal sealed class PatrolTaskCheckpointConfiguration : IEntityTypeConfiguration<PatrolTaskCheckpoint>
{
    public void Configure(EntityTypeBuilder<PatrolTaskCheckpoint> builder)
    {
        builder.Property(c => c.Code).HasMaxLength(PatrolCheckpoint.CodeMaxLength);
        builder.Property(c => c.Name).HasMaxLength(PatrolCheckpoint.NameMaxLength);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.CheckedInByName).HasMaxLength(PatrolCheckIn.UserNameMaxLength);
        builder.HasOne<PatrolTask>().WithMany().HasForeignKey(c => new { c.OrganizationId, c.TaskId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.OrganizationId, c.TaskId, c.CheckpointId }).IsUnique();

        // A check-in looks for the open tasks of one checkpoint.
        builder.HasIndex(c => new { c.OrganizationId, c.CheckpointId, c.Status });
    }
}

internal sealed class PatrolCheckInConfiguration : IEntityTypeConfiguration<PatrolCheckIn>
{
    public void Configure(EntityTypeBuilder<PatrolCheckIn> builder)
    {
        builder.Property(c => c.CheckpointCode).HasMaxLength(PatrolCheckpoint.CodeMaxLength);
        builder.Property(c => c.UserName).HasMaxLength(PatrolCheckIn.UserNameMaxLength);
        builder.Property(c => c.Outcome).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(c => new { c.OrganizationId, c.CheckedInAt });
        builder.HasIndex(c => new { c.OrganizationId, c.TaskId });
    }
}
