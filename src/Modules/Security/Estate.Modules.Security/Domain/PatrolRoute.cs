using Estate.SharedKernel.Domain;
using Estate.SharedKernel.Ui;

namespace Estate.Modules.Security.Domain;

/// <summary>A patrol route (巡逻路线) of a property: checkpoints in the order a guard walks them.</summary>
internal sealed class PatrolRoute : PropertyEntity
{
    public const int NameMaxLength = 100;
    public const int MaxDurationMinutes = 12 * 60;

    private readonly List<PatrolCheckpoint> _checkpoints = [];

    private PatrolRoute(Guid organizationId, Guid id, Guid propertyId, string name)
        : base(organizationId, id, propertyId) => Name = name;

    public string Name { get; private set; }

    /// <summary>How long one round takes; a checkpoint checked in after that (plus the plan's allowed lateness) is late.</summary>
    public int ExpectedDurationMinutes { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public IReadOnlyList<PatrolCheckpoint> Checkpoints => _checkpoints;

    public static PatrolRoute Create(
        Guid organizationId,
        Guid propertyId,
        string name,
        int expectedDurationMinutes,
        IEnumerable<(string Code, string Name, string? Location)> checkpoints,
        DateTimeOffset now)
    {
        var route = new PatrolRoute(organizationId, Guid.CreateVersion7(now), propertyId, name)
        {
            ExpectedDurationMinutes = expectedDurationMinutes,
            CreatedAt = now,
        };
        var sequence = 0;
        foreach (var (code, checkpointName, location) in checkpoints)
        {
            route._checkpoints.Add(new PatrolCheckpoint(organizationId, Guid.CreateVersion7(now), propertyId, route.Id, ++sequence, PatrolCheckpoint.NormalizeCode(code), checkpointName, location));
        }

        if (route._checkpoints.Count == 0)
        {
            throw new DomainRuleException("patrol_route.no_checkpoints", Texts.T("巡更路线至少需要一个巡更点。", "A patrol route needs at least one checkpoint."));
        }

        return route;
    }
}
