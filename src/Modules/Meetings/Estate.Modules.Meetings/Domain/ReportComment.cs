using Estate.SharedKernel.Domain;

namespace Estate.Modules.Meetings.Domain;

/// <summary>A department head's written comment on the department's pulled report, added before the meeting.</summary>
internal sealed class ReportComment : TenantEntity
{
    public const int TextMaxLength = 4000;

    private ReportComment(Guid organizationId, Guid id, Guid meetingId, string moduleId, string text)
        : base(organizationId, id)
    {
        MeetingId = meetingId;
        ModuleId = moduleId;
        Text = text;
    }

    public Guid MeetingId { get; private set; }

    public string ModuleId { get; private set; }

    public string Text { get; private set; }

    public Guid? AuthorUserId { get; private set; }

    public string AuthorName { get; private set; } = "";

    public DateTimeOffset UpdatedAt { get; private set; }

    public static ReportComment Write(Guid organizationId, Guid meetingId, string moduleId, string text, Guid? authorUserId, string authorName, DateTimeOffset now) =>
        new(organizationId, Guid.CreateVersion7(now), meetingId, moduleId, text) { AuthorUserId = authorUserId, AuthorName = authorName, UpdatedAt = now };

    public void Rewrite(string text, Guid? authorUserId, string authorName, DateTimeOffset now)
    {
        Text = text;
        AuthorUserId = authorUserId;
        AuthorName = authorName;
        UpdatedAt = now;
    }
}
