using Estate.Modules.Cleaning.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Estate.Modules.Cleaning.Data.Configurations;

internal sealed class DeadCornerConfiguration : IEntityTypeConfiguration<DeadCorner>
{
    public void Configure(EntityTypeBuilder<DeadCorner> builder)
    {
        builder.ToTable("dead_corners");
        builder.Property(d => d.Place).HasMaxLength(DeadCorner.PlaceMaxLength);
        builder.Property(d => d.Description).HasMaxLength(DeadCorner.DescriptionMaxLength);
        builder.Property(d => d.PhotoUrl).HasMaxLength(DeadCorner.PhotoUrlMaxLength);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(d => d.EngineeringNeed).HasConversion<string>().HasMaxLength(32);
        builder.Property(d => d.WorkOrderNumber).HasMaxLength(DeadCorner.WorkOrderNumberMaxLength);
        builder.Property(d => d.ReportedByName).HasMaxLength(200);
        builder.Property(d => d.ResolutionNote).HasMaxLength(DeadCorner.NoteMaxLength);
        builder.Property(d => d.Version).IsRowVersion();
        builder.Ignore(d => d.AwaitsEngineering);

        builder.HasIndex(d => new { d.OrganizationId, d.PropertyId, d.Status });
        builder.HasIndex(d => new { d.OrganizationId, d.ReportedAt });
    }
}
