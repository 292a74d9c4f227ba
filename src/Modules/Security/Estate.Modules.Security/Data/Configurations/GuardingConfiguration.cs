using Estate.Modules.Security.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Estate.Modules.Security.Data.Configurations;

internal sealed class GuardPostConfiguration : IEntityTypeConfiguration<GuardPost>
{
    public void Configure(EntityTypeBuilder<GuardPost> builder)
    {
        builder.ToTable("posts");
        builder.Property(p => p.Name).HasMaxLength(GuardPost.NameMaxLength);
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(p => p.Location).HasMaxLength(GuardPost.LocationMaxLength);
        builder.Property(p => p.Version).IsRowVersion();
        builder.HasIndex(p => new { p.OrganizationId, p.PropertyId, p.Name }).IsUnique();
    }
}

internal sealed class ShiftConfiguration : IEntityTypeConfiguration<Shift>
{
    public void Configure(EntityTypeBuilder<Shift> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(Shift.NameMaxLength);
        builder.Ignore(s => s.CrossesMidnight);
        builder.Property(s => s.Version).IsRowVersion();
        builder.HasIndex(s => new { s.OrganizationId, s.PropertyId, s.Name }).IsUnique();
    }
}

internal sealed class RosterEntryConfiguration : IEntityTypeConfiguration<RosterEntry>
{
    public void Configure(EntityTypeBuilder<RosterEntry> builder)
    {
        builder.ToTable("roster_entries");
        builder.Property(r => r.GuardName).HasMaxLength(RosterEntry.GuardNameMaxLength);
        builder.HasOne<Shift>().WithMany().HasForeignKey(r => new { r.OrganizationId, r.ShiftId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<GuardPost>().WithMany().HasForeignKey(r => new { r.OrganizationId, r.PostId }).OnDelete(DeleteBehavior.Restrict);

        // A guard works one post per shift and day.
        builder.HasIndex(r => new { r.OrganizationId, r.GuardUserId, r.Date, r.ShiftId }).IsUnique();
        builder.HasIndex(r => new { r.OrganizationId, r.PropertyId, r.Date });
    }
}
