using System.Linq.Expressions;
using Estate.Modules.Security.Domain;

namespace Estate.Modules.Security.Features.Patrol;

internal sealed record PatrolPlanDetails(
    Guid Id,
    Guid PropertyId,
    Guid RouteId,
    string Name,
    IReadOnlyList<DayOfWeek> Weekdays,
    IReadOnlyList<TimeOnly> StartTimes,
    int AllowedLatenessMinutes,
    bool IsActive,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DeactivatedAt,
    uint Version)
{
    public static readonly Expression<Func<PatrolPlan, PatrolPlanDetails>> Projection = p => new PatrolPlanDetails(
        p.Id, p.PropertyId, p.RouteId, p.Name, p.Weekdays, p.StartTimes, p.AllowedLatenessMinutes, p.IsActive, p.CreatedAt, p.DeactivatedAt, p.Version);

    private static readonly Func<PatrolPlan, PatrolPlanDetails> FromEntity = Projection.Compile();

    public static PatrolPlanDetails From(PatrolPlan plan) => FromEntity(plan);
}
