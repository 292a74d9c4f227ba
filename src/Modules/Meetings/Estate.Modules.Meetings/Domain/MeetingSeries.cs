using Estate.SharedKernel.Domain;

namespace Estate.Modules.Meetings.Domain;

/// <summary>A recurring meeting (weekly operations, monthly review): the defaults its meetings start from.</summary>
internal sealed class MeetingSeries : TenantEntity
{
    public const int TitleMaxLength = 200;
    public const int PlaceMaxLength = 200;
    public const int LinkMaxLength = 500;
    public const int AgendaItemMaxLength = 200;

    private MeetingSeries(Guid organizationId, Guid id, string title)
        : base(organizationId, id)
    {
        Title = title;
    }

    public string Title { get; private set; }

    public MeetingCadence Cadence { get; private set; }

    public string? Place { get; private set; }

    public string? OnlineLink { get; private set; }

    public Guid ChairUserId { get; private set; }

    public string ChairName { get; private set; } = "";

    public List<Guid> PropertyIds { get; private set; } = [];

    public List<string> AgendaTemplate { get; private set; } = [];

    /// <summary>Usual length of a meeting, for the invitation's end time.</summary>
    public int DurationMinutes { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public uint Version { get; private set; }

    public static MeetingSeries Create(
        Guid organizationId,
        string title,
        MeetingCadence cadence,
        string? place,
        string? onlineLink,
        Guid chairUserId,
        string chairName,
        IEnumerable<Guid> propertyIds,
        IEnumerable<string>? agendaTemplate,
        int durationMinutes,
        DateTimeOffset now)
    {
        var template = agendaTemplate?.ToList() ?? [];
        return new MeetingSeries(organizationId, Guid.CreateVersion7(now), title)
        {
            Cadence = cadence,
            Place = place,
            OnlineLink = onlineLink,
            ChairUserId = chairUserId,
            ChairName = chairName,
            PropertyIds = [.. propertyIds.Distinct()],
            AgendaTemplate = template.Count > 0 ? template : [.. StandardAgenda.Steps],
            DurationMinutes = durationMinutes,
            CreatedAt = now,
        };
    }
}
