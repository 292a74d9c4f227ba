using Estate.Modules.Security.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Estate.Modules.Security.Data.Configurations;

internal sealed class IncidentConfiguration : IEntityTypeConfiguration<Incident>
{
    public void Configure(EntityTypeBuilder<Incident> builder)
    {
        builder.Property(i => i.Type).HasConversion<string>().HasMaxLength(32);
        builder.Property(i => i.Severity).HasConversion<string>().HasMaxLength(32);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(i => i.Place).HasMaxLength(Incident.PlaceMaxLength);
        builder.Property(i => i.Description).HasMaxLength(Incident.DescriptionMaxLength);
        builder.Property(i => i.ReportedByName).HasMaxLength(Incident.NameMaxLength);
        builder.Property(i => i.Handling).HasMaxLength(Incident.HandlingMaxLength);
        builder.Property(i => i.Closure).HasMaxLength(Incident.HandlingMaxLength);
        builder.Property(i => i.Version).IsRowVersion();
        builder.HasIndex(i => new { i.OrganizationId, i.OccurredAt });
        builder.HasIndex(i => new { i.OrganizationId, i.PropertyId, i.Status });
    }
}

internal sealed class EventSecurityPlanConfiguration : IEntityTypeConfiguration<EventSecurityPlan>
{
    public void Configure(EntityTypeBuilder<EventSecurityPlan> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(EventSecurityPlan.NameMaxLength);
        builder.Property(p => p.Notes).HasMaxLength(EventSecurityPlan.NotesMaxLength);
        builder.HasMany(p => p.Posts).WithOne()
            .HasForeignKey(post => new { post.OrganizationId, post.PlanId })
            .OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Posts).HasField("_posts");
        builder.HasIndex(p => new { p.OrganizationId, p.StartsAt });
    }
}

internal sealed class EventSecurityPostConfiguration : IEntityTypeConfiguration<EventSecurityPost>
{
    public void Configure(EntityTypeBuilder<EventSecurityPost> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(EventSecurityPost.NameMaxLength);
        builder.Property(p => p.Location).HasMaxLength(EventSecurityPost.LocationMaxLength);
        builder.HasIndex(p => new { p.OrganizationId, p.PlanId, p.Sequence });
    }
}
