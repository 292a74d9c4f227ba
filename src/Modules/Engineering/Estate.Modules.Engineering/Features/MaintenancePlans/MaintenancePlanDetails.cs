using System.Linq.Expressions;
using Estate.Modules.Engineering.Contracts;
using Estate.Modules.Engineering.Domain;

namespace Estate.Modules.Engineering.Features.MaintenancePlans;

internal sealed record MaintenancePlanDetails(
    Guid Id,
    Guid PropertyId,
    Guid FacilityId,
    string Title,
    string? Description,
    WorkOrderCategory Category,
    WorkOrderPriority Priority,
    WorkOrderSource Source,
    MaintenanceInterval Interval,
    int IntervalLength,
    DateOnly NextDueOn,
    int LeadDays,
    MaintenancePlanStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? PausedAt,
    uint Version)
{
    public static readonly Expression<Func<MaintenancePlan, MaintenancePlanDetails>> Projection = p => new MaintenancePlanDetails(
        p.Id,
        p.PropertyId,
        p.FacilityId,
        p.Title,
        p.Description,
        p.Category,
        p.Priority,
        p.Source,
        p.Interval,
        p.IntervalLength,
        p.NextDueOn,
        p.LeadDays,
        p.Status,
        p.CreatedAt,
        p.PausedAt,
        p.Version);

    private static readonly Func<MaintenancePlan, MaintenancePlanDetails> FromEntity = Projection.Compile();

    public static MaintenancePlanDetails From(MaintenancePlan plan) => FromEntity(plan);
}
