using Estate.SharedKernel.Domain;

namespace Estate.Modules.Meetings.Domain;

/// <summary>
/// One recipient of one meeting's minutes on one channel. Unique per (meeting, channel, recipient), so a retried
/// distribution finds the row and sends nothing twice.
/// </summary>
internal sealed class MinutesDelivery : TenantEntity
{
    public const int RecipientKeyMaxLength = 300;

    private MinutesDelivery(Guid organizationId, Guid id, Guid meetingId, string recipientKey)
        : base(organizationId, id)
    {
        MeetingId = meetingId;
        RecipientKey = recipientKey;
    }

    public Guid MeetingId { get; private set; }

    public DeliveryChannel Channel { get; private set; }

    /// <summary>"user:{id}", "department:{module id}" or "mail:{address}".</summary>
    public string RecipientKey { get; private set; }

    public DateTimeOffset ClaimedAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public static MinutesDelivery Claim(Guid organizationId, Guid meetingId, DeliveryChannel channel, string recipientKey, DateTimeOffset now, bool sent) =>
        new(organizationId, Guid.CreateVersion7(now), meetingId, recipientKey) { Channel = channel, ClaimedAt = now, SentAt = sent ? now : null };
}
