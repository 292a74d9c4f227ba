using Estate.Modules.CustomerService.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Estate.Modules.CustomerService.Data.Configurations;

internal sealed class SatisfactionSurveyConfiguration : IEntityTypeConfiguration<SatisfactionSurvey>
{
    public void Configure(EntityTypeBuilder<SatisfactionSurvey> builder)
    {
        builder.ToTable("surveys");
        builder.Property(s => s.Title).HasMaxLength(SatisfactionSurvey.TitleMaxLength);
        builder.Property(s => s.Version).IsRowVersion();
        builder.HasIndex(s => new { s.OrganizationId, s.PropertyId, s.PeriodEnd });
    }
}

internal sealed class SurveyResponseConfiguration : IEntityTypeConfiguration<SurveyResponse>
{
    public void Configure(EntityTypeBuilder<SurveyResponse> builder)
    {
        builder.Property(r => r.Answer).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<SatisfactionSurvey>().WithMany().HasForeignKey(r => new { r.OrganizationId, r.SurveyId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(r => new { r.OrganizationId, r.UnitId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.OrganizationId, r.SurveyId, r.UnitId }).IsUnique();
        builder.HasIndex(r => new { r.OrganizationId, r.UnitId });
    }
}

internal sealed class NoticeConfiguration : IEntityTypeConfiguration<Notice>
{
    public void Configure(EntityTypeBuilder<Notice> builder)
    {
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(n => n.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(n => n.Title).HasMaxLength(Notice.TitleMaxLength);
        builder.Property(n => n.Body).HasMaxLength(Notice.BodyMaxLength);
        builder.Property(n => n.BuildingIds).HasColumnType("uuid[]");
        builder.Property(n => n.Version).IsRowVersion();
        builder.HasIndex(n => new { n.OrganizationId, n.PropertyId, n.CreatedAt });
    }
}

internal sealed class NoticeRecipientConfiguration : IEntityTypeConfiguration<NoticeRecipient>
{
    public void Configure(EntityTypeBuilder<NoticeRecipient> builder)
    {
        builder.Property(r => r.Name).HasMaxLength(Owner.NameMaxLength);
        builder.Property(r => r.Phone).HasMaxLength(Owner.PhoneMaxLength);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<Notice>().WithMany().HasForeignKey(r => new { r.OrganizationId, r.NoticeId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.OrganizationId, r.NoticeId, r.Name });
    }
}
