using System.Linq.Expressions;
using Estate.Modules.CustomerService.Domain;

namespace Estate.Modules.CustomerService.Features.Notices;

/// <summary>A notice as the API shows it; an empty <see cref="BuildingIds"/> means the whole property.</summary>
internal sealed record NoticeDetails(
    Guid Id,
    Guid PropertyId,
    NoticeKind Kind,
    string Title,
    string Body,
    IReadOnlyList<Guid> BuildingIds,
    NoticeStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SentAt,
    int RecipientCount,
    uint Version)
{
    public static readonly Expression<Func<Notice, NoticeDetails>> Projection = n =>
        new NoticeDetails(n.Id, n.PropertyId, n.Kind, n.Title, n.Body, n.BuildingIds, n.Status, n.CreatedAt, n.SentAt, n.RecipientCount, n.Version);

    private static readonly Func<Notice, NoticeDetails> FromEntity = Projection.Compile();

    public static NoticeDetails From(Notice notice) => FromEntity(notice);
}
