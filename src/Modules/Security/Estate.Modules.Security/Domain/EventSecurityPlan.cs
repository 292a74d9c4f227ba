using Estate.SharedKernel.Domain;
using Estate.SharedKernel.Ui;

namespace Estate.Modules.Security.Domain;

/// <summary>The security plan for a community event (活动安保方案): its time window and the posts staffed for it.</summary>
internal sealed class EventSecurityPlan : PropertyEntity
{
    public const int NameMaxLength = 200;
    public const int NotesMaxLength = 4000;
    public const int MaxPosts = 50;

    private readonly List<EventSecurityPost> _posts = [];

    private EventSecurityPlan(Guid organizationId, Guid id, Guid propertyId, string name)
        : base(organizationId, id, propertyId) => Name = name;

    public string Name { get; private set; }

    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    public string? Notes { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public IReadOnlyList<EventSecurityPost> Posts => _posts;

    public static EventSecurityPlan Create(
        Guid organizationId,
        Guid propertyId,
        string name,
        DateTimeOffset startsAt,
        DateTimeOffset endsAt,
        string? notes,
        IEnumerable<(string Name, string? Location, IReadOnlyList<(Guid UserId, string Name)> Guards)> posts,
        DateTimeOffset now)
    {
        if (endsAt <= startsAt)
        {
            throw new DomainRuleException("event_plan.empty_window", Texts.T("活动安保方案的结束时间须晚于开始时间。", "An event security plan ends after it starts."));
        }

        var plan = new EventSecurityPlan(organizationId, Guid.CreateVersion7(now), propertyId, name)
        {
            StartsAt = startsAt,
            EndsAt = endsAt,
            Notes = notes,
            CreatedAt = now,
        };
        var sequence = 0;
        foreach (var (postName, location, guards) in posts)
        {
            plan._posts.Add(new EventSecurityPost(
                organizationId, Guid.CreateVersion7(now), plan.Id, ++sequence, postName, location, [.. guards.Select(g => g.UserId)], [.. guards.Select(g => g.Name)]));
        }

        return plan;
    }
}
