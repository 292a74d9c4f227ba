using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Estate.Modules.Finance.Data.Configurations;

internal sealed class DailyCashConfiguration : IEntityTypeConfiguration<DailyCash>
{
    public void Configure(EntityTypeBuilder<DailyCash> builder)
    {
        builder.ToTable("daily_cash");
        builder.HasKey(c => new { c.OrganizationId, c.Day, c.PropertyId });
        builder.Property(c => c.Amount).HasPrecision(16, 2);
    }
}

internal sealed class DailyCollectionConfiguration : IEntityTypeConfiguration<DailyCollection>
{
    public void Configure(EntityTypeBuilder<DailyCollection> builder)
    {
        builder.ToTable("daily_collections");
        builder.HasKey(c => new { c.OrganizationId, c.Day, c.DueOn, c.PropertyId });
        // The collection rate reads the bills due in a period, paid up to its end.
        builder.HasIndex(c => new { c.OrganizationId, c.DueOn, c.Day });
        builder.Property(c => c.Amount).HasPrecision(16, 2);
    }
}

internal sealed class DueFiguresConfiguration : IEntityTypeConfiguration<DueFigures>
{
    public void Configure(EntityTypeBuilder<DueFigures> builder)
    {
        builder.ToTable("due_figures");
        builder.HasKey(d => new { d.OrganizationId, d.DueOn, d.PropertyId });
        builder.Property(d => d.AmountDue).HasPrecision(16, 2);
        builder.Property(d => d.Collected).HasPrecision(16, 2);
    }
}

internal sealed class BuildingDueFiguresConfiguration : IEntityTypeConfiguration<BuildingDueFigures>
{
    public void Configure(EntityTypeBuilder<BuildingDueFigures> builder)
    {
        builder.ToTable("building_due_figures");
        builder.HasKey(d => new { d.OrganizationId, d.DueOn, d.PropertyId, d.BuildingId });
        builder.Property(d => d.AmountDue).HasPrecision(16, 2);
        builder.Property(d => d.Collected).HasPrecision(16, 2);
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
