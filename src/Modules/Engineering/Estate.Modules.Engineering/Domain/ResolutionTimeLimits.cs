using Estate.Modules.Engineering.Contracts;

namespace Estate.Modules.Engineering.Domain;

/// <summary>The platform's default time from opening to completion, by priority; a company may set its own per category (<see cref="ResolutionTimeLimit"/>).</summary>
internal static class ResolutionTimeLimits
{
    public const int MaxHours = 24 * 90;

    public static int DefaultHours(WorkOrderPriority priority) => priority switch
    {
        WorkOrderPriority.Urgent => 4,
        WorkOrderPriority.High => 24,
        WorkOrderPriority.Normal => 72,
        WorkOrderPriority.Low => 24 * 7,
        _ => throw new ArgumentOutOfRangeException(nameof(priority), priority, null),
    };
}
