using Estate.Modules.Cleaning.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Estate.Modules.Cleaning.Data.Configurations;

internal sealed class GarbageCollectionConfiguration : IEntityTypeConfiguration<GarbageCollection>
{
    public void Configure(EntityTypeBuilder<GarbageCollection> builder)
    {
        builder.ToTable("garbage_collections");
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.RecordedByName).HasMaxLength(200);
        builder.Property(c => c.Note).HasMaxLength(GarbageCollection.NoteMaxLength);
        builder.Property(c => c.Version).IsRowVersion();

        builder.HasOne<CollectionPoint>().WithMany()
            .HasForeignKey(c => new { c.OrganizationId, c.CollectionPointId })
            .OnDelete(DeleteBehavior.Restrict);

        // One record per point and day: logging and the missed-collection job meet on it.
        builder.HasIndex(c => new { c.OrganizationId, c.CollectionPointId, c.Date }).IsUnique();
        builder.HasIndex(c => new { c.OrganizationId, c.Date });
    }
}
