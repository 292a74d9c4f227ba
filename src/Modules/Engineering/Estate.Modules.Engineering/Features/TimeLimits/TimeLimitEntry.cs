using Estate.Modules.Engineering.Contracts;
using Estate.Modules.Engineering.Domain;

namespace Estate.Modules.Engineering.Features.TimeLimits;

/// <summary>One cell of the time-limit table; <see cref="IsDefault"/> when the company has not set its own.</summary>
internal sealed record TimeLimitEntry(WorkOrderCategory Category, WorkOrderPriority Priority, int Hours, bool IsDefault)
{
    /// <summary>Every category and priority, with the company's own hours where it set them.</summary>
    public static IReadOnlyList<TimeLimitEntry> Table(IReadOnlyDictionary<(WorkOrderCategory, WorkOrderPriority), int> ownHours) =>
    [
        .. from category in Enum.GetValues<WorkOrderCategory>()
           from priority in Enum.GetValues<WorkOrderPriority>()
           select ownHours.TryGetValue((category, priority), out var hours)
               ? new TimeLimitEntry(category, priority, hours, IsDefault: false)
               : new TimeLimitEntry(category, priority, ResolutionTimeLimits.DefaultHours(priority), IsDefault: true),
    ];
}
