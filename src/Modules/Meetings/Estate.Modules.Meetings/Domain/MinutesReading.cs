using Estate.SharedKernel.Domain;

namespace Estate.Modules.Meetings.Domain;

/// <summary>A user opened a meeting's minutes (the read receipt); the first time counts.</summary>
internal sealed class MinutesReading : TenantEntity
{
    private MinutesReading(Guid organizationId, Guid id, Guid meetingId, Guid userId)
        : base(organizationId, id)
    {
        MeetingId = meetingId;
        UserId = userId;
    }

    public Guid MeetingId { get; private set; }

    public Guid UserId { get; private set; }

    public DateTimeOffset ReadAt { get; private set; }
}
