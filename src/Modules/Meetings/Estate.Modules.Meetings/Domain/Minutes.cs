using Estate.SharedKernel.Domain;

namespace Estate.Modules.Meetings.Domain;

/// <summary>The minutes (会议纪要) written when the meeting closed; the id is the meeting's. Never changed afterwards.</summary>
internal sealed class Minutes : TenantEntity
{
    private Minutes(Guid organizationId, Guid id, string content)
        : base(organizationId, id)
    {
        Content = content;
    }

    /// <summary>The MinutesDocument as JSON.</summary>
    public string Content { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the distribution job had reached every recipient.</summary>
    public DateTimeOffset? DistributedAt { get; private set; }

    public static Minutes Write(Guid organizationId, Guid meetingId, string content, DateTimeOffset now) =>
        new(organizationId, meetingId, content) { CreatedAt = now };
}
