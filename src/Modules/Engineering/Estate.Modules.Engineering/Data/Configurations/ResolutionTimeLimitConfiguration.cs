using Estate.Modules.Engineering.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Estate.Modules.Engineering.Data.Configurations;

internal sealed class ResolutionTimeLimitConfiguration : IEntityTypeConfiguration<ResolutionTimeLimit>
{
    public void Configure(EntityTypeBuilder<ResolutionTimeLimit> builder)
    {
        builder.Property(l => l.Category).HasConversion<string>().HasMaxLength(32);
        builder.Property(l => l.Priority).HasConversion<string>().HasMaxLength(32);

        builder.HasIndex(l => new { l.OrganizationId, l.Category, l.Priority }).IsUnique();
    }
}
