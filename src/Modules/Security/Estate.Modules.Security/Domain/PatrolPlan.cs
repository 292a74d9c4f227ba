using Estate.SharedKernel.Domain;
using Estate.SharedKernel.Ui;

namespace Estate.Modules.Security.Domain;

/// <summary>
/// When a route is walked: on which weekdays, at which local start times, and how late a checkpoint may be
/// checked in after the round's expected end before it counts as missed. Patrol tasks are made from it ahead of time.
/// </summary>
internal sealed class PatrolPlan : PropertyEntity
{
    public const int NameMaxLength = 100;
    public const int MaxLatenessMinutes = 240;
    public const int MaxStartTimes = 24;

    private PatrolPlan(Guid organizationId, Guid id, Guid propertyId, Guid routeId, string name)
        : base(organizationId, id, propertyId)
    {
        RouteId = routeId;
        Name = name;
    }

    public Guid RouteId { get; private set; }

    public string Name { get; private set; }

    /// <summary>Stored as numbers as .NET and PostgreSQL's dow count them (0 = Sunday).</summary>
    public DayOfWeek[] Weekdays { get; private set; } = [];

    /// <summary>Local start times of the rounds on each of those days.</summary>
    public TimeOnly[] StartTimes { get; private set; } = [];

    public int AllowedLatenessMinutes { get; private set; }

    public bool IsActive { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? DeactivatedAt { get; private set; }

    public uint Version { get; private set; }

    public static PatrolPlan Create(
        Guid organizationId,
        PatrolRoute route,
        string name,
        IEnumerable<DayOfWeek> weekdays,
        IEnumerable<TimeOnly> startTimes,
        int allowedLatenessMinutes,
        DateTimeOffset now) =>
        new(organizationId, Guid.CreateVersion7(now), route.PropertyId, route.Id, name)
        {
            Weekdays = [.. weekdays.Distinct().Order()],
            StartTimes = [.. startTimes.Select(t => new TimeOnly(t.Hour, t.Minute)).Distinct().Order()],
            AllowedLatenessMinutes = allowedLatenessMinutes,
            IsActive = true,
            CreatedAt = now,
        };

    /// <summary>Stops making tasks; tasks already walked or under way stay.</summary>
    public void Deactivate(DateTimeOffset now)
    {
        if (!IsActive)
        {
            throw new DomainRuleException("patrol_plan.already_inactive", Texts.T("该巡更计划已停用。", "The patrol plan is already inactive."));
        }

        IsActive = false;
        DeactivatedAt = now;
    }
}
