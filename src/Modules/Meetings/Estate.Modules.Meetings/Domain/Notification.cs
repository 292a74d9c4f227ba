using Estate.SharedKernel.Domain;

namespace Estate.Modules.Meetings.Domain;

/// <summary>
/// An in-app message: to one user, or to a whole department (every member sees it; the first to read it marks
/// it read). The deduplication key makes a job's notice unique, so a job run twice notifies once.
/// </summary>
internal sealed class Notification : TenantEntity
{
    public const int SubjectMaxLength = 300;
    public const int BodyMaxLength = 8000;
    public const int LinkMaxLength = 500;
    public const int KeyMaxLength = 200;

    private Notification(Guid organizationId, Guid id, string subject, string body)
        : base(organizationId, id)
    {
        Subject = subject;
        Body = body;
    }

    public Guid? RecipientUserId { get; private set; }

    public string? RecipientDepartment { get; private set; }

    public NotificationKind Kind { get; private set; }

    public string Subject { get; private set; }

    public string Body { get; private set; }

    public string? Link { get; private set; }

    public string? DedupKey { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    public Guid? ReadByUserId { get; private set; }

    public static Notification ToUser(Guid organizationId, Guid userId, NotificationKind kind, string subject, string body, string? link, string? dedupKey, DateTimeOffset now) =>
        new(organizationId, Guid.CreateVersion7(now), subject, body) { RecipientUserId = userId, Kind = kind, Link = link, DedupKey = dedupKey, CreatedAt = now };

    public static Notification ToDepartment(Guid organizationId, string department, NotificationKind kind, string subject, string body, string? link, string? dedupKey, DateTimeOffset now) =>
        new(organizationId, Guid.CreateVersion7(now), subject, body) { RecipientDepartment = department, Kind = kind, Link = link, DedupKey = dedupKey, CreatedAt = now };

    public void MarkRead(Guid userId, DateTimeOffset now)
    {
        if (ReadAt is null)
        {
            ReadAt = now;
            ReadByUserId = userId;
        }
    }
}
