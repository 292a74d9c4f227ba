using System.Linq.Expressions;
using Estate.Modules.Security.Domain;

namespace Estate.Modules.Security.Features.EventPlans;

internal sealed record EventSecurityPostDetails(int Sequence, string Name, string? Location, IReadOnlyList<Guid> GuardUserIds, IReadOnlyList<string> GuardNames);

internal sealed record EventSecurityPlanDetails(
    Guid Id,
    Guid PropertyId,
    string Name,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string? Notes,
    DateTimeOffset CreatedAt,
    IReadOnlyList<EventSecurityPostDetails> Posts)
{
    public static readonly Expression<Func<EventSecurityPlan, EventSecurityPlanDetails>> Projection = p => new EventSecurityPlanDetails(
        p.Id,
        p.PropertyId,
        p.Name,
        p.StartsAt,
        p.EndsAt,
        p.Notes,
        p.CreatedAt,
        p.Posts.OrderBy(post => post.Sequence)
            .Select(post => new EventSecurityPostDetails(post.Sequence, post.Name, post.Location, post.GuardUserIds, post.GuardNames))
            .ToList());

    private static readonly Func<EventSecurityPlan, EventSecurityPlanDetails> FromEntity = Projection.Compile();

    public static EventSecurityPlanDetails From(EventSecurityPlan plan) => FromEntity(plan);
}
