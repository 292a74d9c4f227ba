using Estate.Modules.Engineering.Contracts;
namespace Estate.Modules.Engineering.Domain;

/// <summary>How long a work order may take from opening to completion, by priority.</summary>
/// <remarks>Platform defaults; per-company limits come with company settings in a later issue.</remarks>
internal static class ResolutionTimeLimits
{
    public static TimeSpan For(WorkOrderPriority priority) => priority switch
    {
        WorkOrderPriority.Urgent => TimeSpan.FromHours(4),
        WorkOrderPriority.High => TimeSpan.FromHours(24),
        WorkOrderPriority.Normal => TimeSpan.FromHours(72),
        WorkOrderPriority.Low => TimeSpan.FromDays(7),
        _ => throw new ArgumentOutOfRangeException(nameof(priority), priority, null),
    };
}
