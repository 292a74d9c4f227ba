using Estate.Modules.Meetings.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Estate.Modules.Meetings.Data.Configurations;

internal sealed class MeetingSeriesConfiguration : IEntityTypeConfiguration<MeetingSeries>
{
    public void Configure(EntityTypeBuilder<MeetingSeries> builder)
    {
        builder.ToTable("series");
        builder.Property(s => s.Title).HasMaxLength(MeetingSeries.TitleMaxLength);
        builder.Property(s => s.Cadence).HasConversion<string>().HasMaxLength(32);
        builder.Property(s => s.Place).HasMaxLength(MeetingSeries.PlaceMaxLength);
        builder.Property(s => s.OnlineLink).HasMaxLength(MeetingSeries.LinkMaxLength);
        builder.Property(s => s.ChairName).HasMaxLength(Participant.NameMaxLength);
        builder.Property(s => s.Version).IsRowVersion();
        builder.HasIndex(s => new { s.OrganizationId, s.Title });
    }
}

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.Property(m => m.Title).HasMaxLength(Meeting.TitleMaxLength);
        builder.Property(m => m.Place).HasMaxLength(MeetingSeries.PlaceMaxLength);
        builder.Property(m => m.OnlineLink).HasMaxLength(MeetingSeries.LinkMaxLength);
        builder.Property(m => m.ChairName).HasMaxLength(Participant.NameMaxLength);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(m => m.Summary).HasMaxLength(Meeting.SummaryMaxLength);
        builder.Property(m => m.CancelReason).HasMaxLength(Meeting.ReasonMaxLength);
        builder.Property(m => m.Version).IsRowVersion();
        builder.HasOne<MeetingSeries>().WithMany().HasForeignKey(m => new { m.OrganizationId, m.SeriesId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.OrganizationId, m.SeriesId, m.StartsAt });
        builder.HasIndex(m => new { m.OrganizationId, m.StartsAt });
    }
}

internal sealed class ParticipantConfiguration : IEntityTypeConfiguration<Participant>
{
    public void Configure(EntityTypeBuilder<Participant> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(Participant.NameMaxLength);
        builder.Property(p => p.Email).HasMaxLength(Participant.EmailMaxLength);
        builder.Property(p => p.Role).HasConversion<string>().HasMaxLength(32);
        builder.Property(p => p.Department).HasMaxLength(Participant.DepartmentMaxLength);
        builder.Property(p => p.Attendance).HasConversion<string>().HasMaxLength(32);
        builder.HasOne<Meeting>().WithMany().HasForeignKey(p => new { p.OrganizationId, p.MeetingId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.OrganizationId, p.MeetingId, p.UserId }).IsUnique().HasFilter("user_id IS NOT NULL");
        builder.HasIndex(p => new { p.OrganizationId, p.UserId });
    }
}

internal sealed class ReportCommentConfiguration : IEntityTypeConfiguration<ReportComment>
{
    public void Configure(EntityTypeBuilder<ReportComment> builder)
    {
        builder.Property(c => c.ModuleId).HasMaxLength(Participant.DepartmentMaxLength);
        builder.Property(c => c.Text).HasMaxLength(ReportComment.TextMaxLength);
        builder.Property(c => c.AuthorName).HasMaxLength(Participant.NameMaxLength);
        builder.HasOne<Meeting>().WithMany().HasForeignKey(c => new { c.OrganizationId, c.MeetingId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.OrganizationId, c.MeetingId, c.ModuleId }).IsUnique();
    }
}

internal sealed class ReportSnapshotConfiguration : IEntityTypeConfiguration<ReportSnapshot>
{
    public void Configure(EntityTypeBuilder<ReportSnapshot> builder)
    {
        builder.Property(s => s.ModuleId).HasMaxLength(Participant.DepartmentMaxLength);
        builder.Property(s => s.NameZh).HasMaxLength(200);
        builder.Property(s => s.NameEn).HasMaxLength(200);
        builder.Property(s => s.UnavailableReason).HasMaxLength(2000);
        builder.Property(s => s.Report).HasColumnType("jsonb");
        builder.Property(s => s.Comment).HasMaxLength(ReportComment.TextMaxLength);
        builder.Property(s => s.CommentAuthor).HasMaxLength(Participant.NameMaxLength);
        builder.HasOne<Meeting>().WithMany().HasForeignKey(s => new { s.OrganizationId, s.MeetingId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.OrganizationId, s.MeetingId, s.ModuleId }).IsUnique();
    }
}

internal sealed class ProblemConfiguration : IEntityTypeConfiguration<Problem>
{
    public void Configure(EntityTypeBuilder<Problem> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(Problem.TitleMaxLength);
        builder.Property(p => p.Description).HasMaxLength(Problem.TextMaxLength);
        builder.Property(p => p.Source).HasConversion<string>().HasMaxLength(32);
        builder.Property(p => p.RootCause).HasMaxLength(Problem.TextMaxLength);
        builder.Property(p => p.ResponsibleDepartment).HasMaxLength(Problem.DepartmentMaxLength);
        builder.Property(p => p.ProposedMeasures).HasMaxLength(Problem.TextMaxLength);
        builder.Property(p => p.RecordType).HasMaxLength(Problem.RecordTypeMaxLength);
        builder.Property(p => p.Version).IsRowVersion();
        builder.HasOne<Meeting>().WithMany().HasForeignKey(p => new { p.OrganizationId, p.MeetingId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.OrganizationId, p.MeetingId });
    }
}

internal sealed class MeetingDecisionConfiguration : IEntityTypeConfiguration<MeetingDecision>
{
    public void Configure(EntityTypeBuilder<MeetingDecision> builder)
    {
        builder.ToTable("decisions");
        builder.Property(d => d.Text).HasMaxLength(MeetingDecision.TextMaxLength);
        builder.Property(d => d.Department).HasMaxLength(Participant.DepartmentMaxLength);
        builder.HasOne<Meeting>().WithMany().HasForeignKey(d => new { d.OrganizationId, d.MeetingId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.OrganizationId, d.MeetingId });
    }
}

internal sealed class ActionItemConfiguration : IEntityTypeConfiguration<ActionItem>
{
    public void Configure(EntityTypeBuilder<ActionItem> builder)
    {
        builder.Property(a => a.Title).HasMaxLength(ActionItem.TitleMaxLength);
        builder.Property(a => a.OwnerName).HasMaxLength(Participant.NameMaxLength);
        builder.Property(a => a.OwnerEmail).HasMaxLength(Participant.EmailMaxLength);
        builder.Property(a => a.Department).HasMaxLength(ActionItem.DepartmentMaxLength);
        builder.Property(a => a.ExpectedOutcome).HasMaxLength(ActionItem.TextMaxLength);
        builder.Property(a => a.TargetModuleId).HasMaxLength(ActionItem.DepartmentMaxLength);
        builder.Property(a => a.TargetIndicatorCode).HasMaxLength(ActionItem.IndicatorCodeMaxLength);
        builder.Property(a => a.TargetComparison).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.TargetValue).HasPrecision(18, 4);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.Progress).HasMaxLength(ActionItem.TextMaxLength);
        builder.Property(a => a.Version).IsRowVersion();
        builder.Ignore(a => a.Target);
        builder.Ignore(a => a.IsOpen);
        builder.HasOne<Meeting>().WithMany().HasForeignKey(a => new { a.OrganizationId, a.MeetingId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Problem>().WithMany().HasForeignKey(a => new { a.OrganizationId, a.ProblemId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.OrganizationId, a.MeetingId });
        builder.HasIndex(a => new { a.OrganizationId, a.SeriesId, a.Status });
        builder.HasIndex(a => new { a.OrganizationId, a.OwnerUserId, a.Status });
        builder.HasIndex(a => new { a.OrganizationId, a.Status, a.DueAt });
    }
}

internal sealed class ResourceRequestConfiguration : IEntityTypeConfiguration<ResourceRequest>
{
    public void Configure(EntityTypeBuilder<ResourceRequest> builder)
    {
        builder.Property(r => r.Department).HasMaxLength(ResourceRequest.DepartmentMaxLength);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.Description).HasMaxLength(ResourceRequest.TextMaxLength);
        builder.Property(r => r.Reason).HasMaxLength(ResourceRequest.TextMaxLength);
        builder.Property(r => r.Quantity).HasPrecision(18, 2);
        builder.Property(r => r.Amount).HasPrecision(18, 2);
        builder.Property(r => r.Decision).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.ApprovedQuantity).HasPrecision(18, 2);
        builder.Property(r => r.ApprovedAmount).HasPrecision(18, 2);
        builder.Property(r => r.DecisionNote).HasMaxLength(ResourceRequest.TextMaxLength);
        builder.Property(r => r.ConflictNote).HasMaxLength(ResourceRequest.TextMaxLength);
        builder.Property(r => r.FinanceRoute).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.BudgetRemaining).HasPrecision(18, 2);
        builder.Property(r => r.FinanceStatus).HasMaxLength(32);
        builder.Property(r => r.FinanceApprovedAmount).HasPrecision(18, 2);
        builder.Property(r => r.Version).IsRowVersion();
        builder.Ignore(r => r.Requested);
        builder.HasOne<Meeting>().WithMany().HasForeignKey(r => new { r.OrganizationId, r.MeetingId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.OrganizationId, r.MeetingId });
        builder.HasIndex(r => new { r.OrganizationId, r.FundRequestId }).HasFilter("fund_request_id IS NOT NULL");
    }
}

internal sealed class MinutesConfiguration : IEntityTypeConfiguration<Minutes>
{
    public void Configure(EntityTypeBuilder<Minutes> builder)
    {
        builder.ToTable("minutes");
        builder.Property(m => m.Content).HasColumnType("jsonb");
        builder.HasOne<Meeting>().WithOne().HasForeignKey<Minutes>(m => new { m.OrganizationId, m.Id }).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.OrganizationId, m.DistributedAt });
    }
}

internal sealed class MinutesDeliveryConfiguration : IEntityTypeConfiguration<MinutesDelivery>
{
    public void Configure(EntityTypeBuilder<MinutesDelivery> builder)
    {
        builder.Property(d => d.Channel).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.RecipientKey).HasMaxLength(MinutesDelivery.RecipientKeyMaxLength);
        builder.HasOne<Meeting>().WithMany().HasForeignKey(d => new { d.OrganizationId, d.MeetingId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.OrganizationId, d.MeetingId, d.Channel, d.RecipientKey }).IsUnique();
    }
}

internal sealed class MinutesReadingConfiguration : IEntityTypeConfiguration<MinutesReading>
{
    public void Configure(EntityTypeBuilder<MinutesReading> builder)
    {
        builder.HasOne<Meeting>().WithMany().HasForeignKey(r => new { r.OrganizationId, r.MeetingId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.OrganizationId, r.MeetingId, r.UserId }).IsUnique();
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.Property(n => n.RecipientDepartment).HasMaxLength(Participant.DepartmentMaxLength);
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(n => n.Subject).HasMaxLength(Notification.SubjectMaxLength);
        builder.Property(n => n.Body).HasMaxLength(Notification.BodyMaxLength);
        builder.Property(n => n.Link).HasMaxLength(Notification.LinkMaxLength);
        builder.Property(n => n.DedupKey).HasMaxLength(Notification.KeyMaxLength);
        builder.HasIndex(n => new { n.OrganizationId, n.RecipientUserId, n.CreatedAt });
        builder.HasIndex(n => new { n.OrganizationId, n.RecipientDepartment, n.CreatedAt });
        builder.HasIndex(n => new { n.OrganizationId, n.DedupKey }).IsUnique().HasFilter("dedup_key IS NOT NULL");
    }
}

internal sealed class MeetingSettingsConfiguration : IEntityTypeConfiguration<MeetingSettings>
{
    public void Configure(EntityTypeBuilder<MeetingSettings> builder)
    {
        builder.ToTable("settings");
        builder.Property(s => s.Version).IsRowVersion();
    }
}
