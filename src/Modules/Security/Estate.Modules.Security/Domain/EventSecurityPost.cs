using Estate.SharedKernel.Domain;

namespace Estate.Modules.Security.Domain;

/// <summary>A post of an event plan and the people on it; names are kept as they were when assigned.</summary>
internal sealed class EventSecurityPost(
    Guid organizationId,
    Guid id,
    Guid planId,
    int sequence,
    string name,
    string? location,
    Guid[] guardUserIds,
    string[] guardNames) : TenantEntity(organizationId, id)
{
    public const int NameMaxLength = 100;
    public const int LocationMaxLength = 200;
    public const int MaxGuards = 50;

    public Guid PlanId { get; private set; } = planId;

    public int Sequence { get; private set; } = sequence;

    public string Name { get; private set; } = name;

    public string? Location { get; private set; } = location;

    public Guid[] GuardUserIds { get; private set; } = guardUserIds;

    public string[] GuardNames { get; private set; } = guardNames;
}
