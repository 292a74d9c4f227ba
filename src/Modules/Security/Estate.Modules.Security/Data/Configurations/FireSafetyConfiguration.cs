using Estate.Modules.Security.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Estate.Modules.Security.Data.Configurations;

internal sealed class FireSafetyAreaConfiguration : IEntityTypeConfiguration<FireSafetyArea>
{
    public void Configure(EntityTypeBuilder<FireSafetyArea> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(FireSafetyArea.NameMaxLength);
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.Location).HasMaxLength(FireSafetyArea.LocationMaxLength);
        builder.HasIndex(a => new { a.OrganizationId, a.PropertyId, a.Name }).IsUnique();
    }
}

internal sealed class InspectionFrequencyConfiguration : IEntityTypeConfiguration<InspectionFrequency>
{
    public void Configure(EntityTypeBuilder<InspectionFrequency> builder)
    {
        builder.Property(f => f.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(f => f.Version).IsRowVersion();
        builder.HasIndex(f => new { f.OrganizationId, f.Kind }).IsUnique();
    }
}

internal sealed class FireInspectionConfiguration : IEntityTypeConfiguration<FireInspection>
{
    public void Configure(EntityTypeBuilder<FireInspection> builder)
    {
        builder.Property(i => i.AreaName).HasMaxLength(FireSafetyArea.NameMaxLength);
        builder.Property(i => i.InspectorName).HasMaxLength(AccessProblem.NameMaxLength);
        builder.Property(i => i.Notes).HasMaxLength(FireInspection.NotesMaxLength);
        builder.HasOne<FireSafetyArea>().WithMany().HasForeignKey(i => new { i.OrganizationId, i.AreaId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(i => i.Items).WithOne()
            .HasForeignKey(item => new { item.OrganizationId, item.InspectionId })
            .OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.Items).HasField("_items");
        builder.HasIndex(i => new { i.OrganizationId, i.AreaId, i.InspectedAt });
        builder.HasIndex(i => new { i.OrganizationId, i.InspectedAt });
    }
}

internal sealed class FireInspectionItemConfiguration : IEntityTypeConfiguration<FireInspectionItem>
{
    public void Configure(EntityTypeBuilder<FireInspectionItem> builder)
    {
        builder.Property(i => i.Name).HasMaxLength(FireInspectionItem.NameMaxLength);
        builder.Property(i => i.Note).HasMaxLength(FireInspectionItem.NoteMaxLength);
        builder.HasIndex(i => new { i.OrganizationId, i.InspectionId, i.Sequence });
    }
}

internal sealed class FireSafetyFindingConfiguration : IEntityTypeConfiguration<FireSafetyFinding>
{
    public void Configure(EntityTypeBuilder<FireSafetyFinding> builder)
    {
        builder.Property(f => f.AreaName).HasMaxLength(FireSafetyArea.NameMaxLength);
        builder.Property(f => f.ItemName).HasMaxLength(FireInspectionItem.NameMaxLength);
        builder.Property(f => f.Description).HasMaxLength(FireInspectionItem.NoteMaxLength);
        builder.Property(f => f.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(f => f.WorkOrderNumber).HasMaxLength(32);
        builder.Property(f => f.FixNote).HasMaxLength(FireSafetyFinding.FixNoteMaxLength);
        builder.Property(f => f.Version).IsRowVersion();
        builder.HasOne<FireInspection>().WithMany().HasForeignKey(f => new { f.OrganizationId, f.InspectionId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => new { f.OrganizationId, f.Status, f.FixDeadline });
        builder.HasIndex(f => new { f.OrganizationId, f.CreatedAt });
    }
}
