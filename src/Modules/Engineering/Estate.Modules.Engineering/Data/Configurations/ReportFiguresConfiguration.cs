using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Estate.Modules.Engineering.Data.Configurations;

internal sealed class DailyWorkOrderFiguresConfiguration : IEntityTypeConfiguration<DailyWorkOrderFigures>
{
    public void Configure(EntityTypeBuilder<DailyWorkOrderFigures> builder)
    {
        builder.ToTable("daily_figures");
        // Reports read a range of days for every property, and one day's end-of-day state.
        builder.HasKey(f => new { f.OrganizationId, f.Day, f.PropertyId, f.Category });
        builder.Property(f => f.Category).HasConversion<string>().HasMaxLength(32);
    }
}

internal sealed class ReportFiguresCoverageConfiguration : IEntityTypeConfiguration<ReportFiguresCoverage>
{
    public void Configure(EntityTypeBuilder<ReportFiguresCoverage> builder)
    {
        builder.ToTable("report_figures_coverage");
        builder.HasKey(c => c.OrganizationId);
    }
}
