using Estate.Modules.Security.Domain;

namespace Estate.Modules.Security.Features.Patrol;

/// <summary>A patrol task with how far its round got.</summary>
internal sealed record PatrolTaskSummary(
    Guid Id,
    Guid PropertyId,
    Guid PlanId,
    Guid RouteId,
    string RouteName,
    DateTimeOffset ScheduledStart,
    DateTimeOffset DueBy,
    DateTimeOffset WindowClosesAt,
    PatrolTaskStatus Status,
    int CheckpointCount,
    int CheckedInCount,
    int LateCount,
    int MissedCount,
    DateTimeOffset? ClosedAt);
