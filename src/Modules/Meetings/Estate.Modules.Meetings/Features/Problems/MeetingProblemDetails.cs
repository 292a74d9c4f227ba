using System.Linq.Expressions;
using Estate.Modules.Meetings.Domain;

namespace Estate.Modules.Meetings.Features.Problems;

internal sealed record MeetingProblemDetails(
    Guid Id,
    Guid MeetingId,
    string Title,
    string? Description,
    ProblemSource Source,
    string? RootCause,
    string? ResponsibleDepartment,
    string? ProposedMeasures,
    string? RecordType,
    Guid? RecordId,
    DateTimeOffset CreatedAt,
    uint Version)
{
    public static readonly Expression<Func<Problem, MeetingProblemDetails>> Projection = p => new MeetingProblemDetails(
        p.Id, p.MeetingId, p.Title, p.Description, p.Source, p.RootCause, p.ResponsibleDepartment, p.ProposedMeasures, p.RecordType, p.RecordId, p.CreatedAt, p.Version);

    private static readonly Func<Problem, MeetingProblemDetails> FromEntity = Projection.Compile();

    public static MeetingProblemDetails From(Problem problem) => FromEntity(problem);
}

internal sealed record DecisionDetails(Guid Id, Guid MeetingId, string Text, string? Department, DateTimeOffset CreatedAt)
{
    public static readonly Expression<Func<MeetingDecision, DecisionDetails>> Projection = d => new DecisionDetails(d.Id, d.MeetingId, d.Text, d.Department, d.CreatedAt);
}
