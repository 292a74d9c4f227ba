using Estate.SharedKernel.Domain;
using Estate.SharedKernel.Ui;

namespace Estate.Modules.CustomerService.Domain;

internal enum NoticeStatus
{
    Draft,
    Sent,
}

/// <summary>
/// A notice to owners (通知): an event, an outage or a delay, for a whole property or some of its buildings.
/// Sending records who it went to — the owners and tenants of the targeted units at that moment.
/// </summary>
internal sealed class Notice : PropertyEntity
{
    public const int TitleMaxLength = 200;
    public const int BodyMaxLength = 4000;

    private Notice(Guid organizationId, Guid id, Guid propertyId, string title, string body)
        : base(organizationId, id, propertyId)
    {
        Title = title;
        Body = body;
    }

    public NoticeKind Kind { get; private set; }

    public string Title { get; private set; }

    public string Body { get; private set; }

    /// <summary>The targeted buildings; empty means the whole property.</summary>
    public List<Guid> BuildingIds { get; private set; } = [];

    public NoticeStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public int RecipientCount { get; private set; }

    public uint Version { get; private set; }

    public static Notice Draft(Guid organizationId, Guid propertyId, NoticeKind kind, string title, string body, IEnumerable<Guid> buildingIds, DateTimeOffset now) =>
        new(organizationId, Guid.CreateVersion7(now), propertyId, title, body)
        {
            Kind = kind,
            BuildingIds = [.. buildingIds.Distinct()],
            Status = NoticeStatus.Draft,
            CreatedAt = now,
        };

    public void MarkSent(int recipientCount, DateTimeOffset now)
    {
        if (Status == NoticeStatus.Sent)
        {
            throw new DomainRuleException("notice.already_sent", Texts.T("该通知已发送。", "This notice has already been sent."));
        }

        Status = NoticeStatus.Sent;
        SentAt = now;
        RecipientCount = recipientCount;
    }
}
