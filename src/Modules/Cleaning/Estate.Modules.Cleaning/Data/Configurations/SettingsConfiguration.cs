using Estate.Modules.Cleaning.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Estate.Modules.Cleaning.Data.Configurations;

internal sealed class SettingsConfiguration : IEntityTypeConfiguration<CleaningSettings>
{
    public void Configure(EntityTypeBuilder<CleaningSettings> builder)
    {
        builder.ToTable("settings");
        builder.Property(s => s.Version).IsRowVersion();
    }
}
