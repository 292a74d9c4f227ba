using Estate.Modules.Engineering.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Estate.Modules.Engineering.Data.Configurations;

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(Project.TitleMaxLength);
        builder.Property(p => p.Description).HasMaxLength(Project.DescriptionMaxLength);
        builder.Property(p => p.ResponsibleName).HasMaxLength(Project.ResponsibleNameMaxLength);
        builder.Property(p => p.ExpectedEffect).HasMaxLength(Project.ExpectedEffectMaxLength);
        builder.Property(p => p.EstimatedCost).HasPrecision(12, 2);
        builder.Property(p => p.RequestedAmount).HasPrecision(12, 2);
        builder.Property(p => p.ApprovedAmount).HasPrecision(12, 2);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.FundingStatus).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.Version).IsRowVersion();

        builder.HasIndex(p => new { p.OrganizationId, p.PropertyId, p.Status });
        builder.HasIndex(p => new { p.OrganizationId, p.FundRequestId });
    }
}
