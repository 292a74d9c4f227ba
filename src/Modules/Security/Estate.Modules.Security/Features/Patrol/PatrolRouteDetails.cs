using System.Linq.Expressions;
using Estate.Modules.Security.Domain;

namespace Estate.Modules.Security.Features.Patrol;

internal sealed record PatrolCheckpointDetails(Guid Id, int Sequence, string Code, string Name, string? Location);

internal sealed record PatrolRouteDetails(
    Guid Id,
    Guid PropertyId,
    string Name,
    int ExpectedDurationMinutes,
    DateTimeOffset CreatedAt,
    IReadOnlyList<PatrolCheckpointDetails> Checkpoints)
{
    public static readonly Expression<Func<PatrolRoute, PatrolRouteDetails>> Projection = r => new PatrolRouteDetails(
        r.Id,
        r.PropertyId,
        r.Name,
        r.ExpectedDurationMinutes,
        r.CreatedAt,
        r.Checkpoints.OrderBy(c => c.Sequence).Select(c => new PatrolCheckpointDetails(c.Id, c.Sequence, c.Code, c.Name, c.Location)).ToList());

    private static readonly Func<PatrolRoute, PatrolRouteDetails> FromEntity = Projection.Compile();

    public static PatrolRouteDetails From(PatrolRoute route) => FromEntity(route);
}
