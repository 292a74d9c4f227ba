using Estate.SharedKernel.Domain;

namespace Estate.Modules.Security.Domain;

/// <summary>
/// How often a company inspects areas of one kind. Regulations change (新的消防法规), so each company keeps its
/// own; a kind without a row uses <see cref="DefaultIntervalDays"/>.
/// </summary>
internal sealed class InspectionFrequency(Guid organizationId, Guid id, FireSafetyAreaKind kind, int intervalDays, DateTimeOffset changedAt)
    : TenantEntity(organizationId, id)
{
    public const int MaxIntervalDays = 366;

    public FireSafetyAreaKind Kind { get; private set; } = kind;

    public int IntervalDays { get; private set; } = intervalDays;

    public DateTimeOffset ChangedAt { get; private set; } = changedAt;

    public uint Version { get; private set; }

    /// <summary>Platform defaults, in line with common practice: evacuation routes and the control room weekly, the rest monthly.</summary>
    public static int DefaultIntervalDays(FireSafetyAreaKind kind) => kind switch
    {
        FireSafetyAreaKind.EvacuationRoute or FireSafetyAreaKind.ControlRoom => 7,
        _ => 30,
    };

    public void Change(int intervalDays, DateTimeOffset now)
    {
        IntervalDays = intervalDays;
        ChangedAt = now;
    }
}
