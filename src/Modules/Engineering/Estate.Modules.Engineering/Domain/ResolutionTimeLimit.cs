using Estate.Modules.Engineering.Contracts;
using Estate.SharedKernel.Domain;
using Estate.SharedKernel.Ui;

namespace Estate.Modules.Engineering.Domain;

/// <summary>A company's own time limit for one category and priority; where none is set the default applies.</summary>
internal sealed class ResolutionTimeLimit : TenantEntity
{
    // Used by EF Core when it materialises a row.
    private ResolutionTimeLimit(Guid organizationId, Guid id)
        : base(organizationId, id)
    {
    }

    public WorkOrderCategory Category { get; private set; }

    public WorkOrderPriority Priority { get; private set; }

    public int Hours { get; private set; }

    public Guid? ChangedByUserId { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    public static ResolutionTimeLimit Set(Guid organizationId, WorkOrderCategory category, WorkOrderPriority priority, int hours, Guid? userId, DateTimeOffset now)
    {
        var limit = new ResolutionTimeLimit(organizationId, Guid.CreateVersion7(now)) { Category = category, Priority = priority };
        limit.Change(hours, userId, now);
        return limit;
    }

    public void Change(int hours, Guid? userId, DateTimeOffset now)
    {
        if (hours is < 1 or > ResolutionTimeLimits.MaxHours)
        {
            throw new DomainRuleException("time_limit.out_of_range", Texts.T($"时限须为 1 至 {ResolutionTimeLimits.MaxHours} 小时。", $"A time limit is 1 to {ResolutionTimeLimits.MaxHours} hours."));
        }

        Hours = hours;
        ChangedByUserId = userId;
        ChangedAt = now;
    }
}
