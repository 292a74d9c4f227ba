using System.Linq.Expressions;
using Estate.Modules.Meetings.Domain;

namespace Estate.Modules.Meetings.Features.Series;

internal sealed record SeriesDetails(
    Guid Id,
    string Title,
    MeetingCadence Cadence,
    string? Place,
    string? OnlineLink,
    Guid ChairUserId,
    string ChairName,
    IReadOnlyList<Guid> PropertyIds,
    IReadOnlyList<string> AgendaTemplate,
    int DurationMinutes,
    DateTimeOffset CreatedAt,
    uint Version)
{
    public static readonly Expression<Func<MeetingSeries, SeriesDetails>> Projection = s => new SeriesDetails(
        s.Id, s.Title, s.Cadence, s.Place, s.OnlineLink, s.ChairUserId, s.ChairName, s.PropertyIds, s.AgendaTemplate, s.DurationMinutes, s.CreatedAt, s.Version);

    private static readonly Func<MeetingSeries, SeriesDetails> FromEntity = Projection.Compile();

    public static SeriesDetails From(MeetingSeries series) => FromEntity(series);
}
