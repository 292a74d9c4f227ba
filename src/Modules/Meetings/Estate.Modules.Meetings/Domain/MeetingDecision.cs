using Estate.SharedKernel.Domain;

namespace Estate.Modules.Meetings.Domain;

/// <summary>A resolution (决议) of the meeting, for the department that must carry it out.</summary>
internal sealed class MeetingDecision : TenantEntity
{
    public const int TextMaxLength = 2000;

    private MeetingDecision(Guid organizationId, Guid id, Guid meetingId, string text)
        : base(organizationId, id)
    {
        MeetingId = meetingId;
        Text = text;
    }

    public Guid MeetingId { get; private set; }

    public string Text { get; private set; }

    public string? Department { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static MeetingDecision Record(Guid organizationId, Guid meetingId, string text, string? department, DateTimeOffset now) =>
        new(organizationId, Guid.CreateVersion7(now), meetingId, text) { Department = department, CreatedAt = now };
}
