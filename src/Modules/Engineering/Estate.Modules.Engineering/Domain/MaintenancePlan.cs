using Estate.Modules.Engineering.Contracts;
using Estate.Modules.Engineering.Pages.MaintenancePlans;
using Estate.SharedKernel.Domain;
using Estate.SharedKernel.Ui;

namespace Estate.Modules.Engineering.Domain;

/// <summary>
/// Preventive maintenance of one facility on a schedule (e.g. the monthly elevator service): a job opens
/// each due date's work order <see cref="LeadDays"/> ahead.
/// </summary>
internal sealed class MaintenancePlan : PropertyEntity
{
    public const int TitleMaxLength = 200;
    public const int DescriptionMaxLength = 2000;
    public const int MaxIntervalDays = 730;
    public const int MaxIntervalMonths = 60;
    public const int MaxLeadDays = 90;

    // Used by EF Core when it materialises a row.
    private MaintenancePlan(Guid organizationId, Guid id, Guid propertyId, Guid facilityId, string title)
        : base(organizationId, id, propertyId)
    {
        FacilityId = facilityId;
        Title = title;
    }

    public Guid FacilityId { get; private set; }

    public string Title { get; private set; }

    public string? Description { get; private set; }

    /// <summary>The work orders' category, from the facility's.</summary>
    public WorkOrderCategory Category { get; private set; }

    public WorkOrderPriority Priority { get; private set; }

    /// <summary>Inspection (an outside, regulated service) or internal (the team's own round).</summary>
    public WorkOrderSource Source { get; private set; }

    public MaintenanceInterval Interval { get; private set; }

    public int IntervalLength { get; private set; }

    /// <summary>The first due date of the current schedule; due dates are counted from it so month ends do not drift.</summary>
    public DateOnly ScheduleStartsOn { get; private set; }

    /// <summary>How many due dates of the schedule have passed: the next one is the start plus this many intervals.</summary>
    public int Occurrence { get; private set; }

    public DateOnly NextDueOn { get; private set; }

    public int LeadDays { get; private set; }

    public MaintenancePlanStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? PausedAt { get; private set; }

    /// <summary>PostgreSQL's xmin (optimistic concurrency).</summary>
    public uint Version { get; private set; }

    public static MaintenancePlan Create(
        Facility facility,
        string title,
        string? description,
        WorkOrderPriority priority,
        WorkOrderSource source,
        MaintenanceInterval interval,
        int intervalLength,
        DateOnly firstDueOn,
        int leadDays,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(facility);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        if (source is not (WorkOrderSource.Inspection or WorkOrderSource.Internal))
        {
            throw new DomainRuleException("maintenance_plan.invalid_source", Texts.T("计划工作须来自检查或为内部工作。", "Planned work comes from an inspection or is internal."));
        }

        var max = interval == MaintenanceInterval.Days ? MaxIntervalDays : MaxIntervalMonths;
        if (intervalLength < 1 || intervalLength > max || leadDays is < 0 or > MaxLeadDays)
        {
            throw new DomainRuleException("maintenance_plan.invalid_schedule", Texts.T($"周期须为 1 至 {max} {MaintenancePlanTexts.Of(interval)}，提前量为 0 至 {MaxLeadDays} 天。", $"An interval is 1 to {max} {interval}; a lead time 0 to {MaxLeadDays} days."));
        }

        return new MaintenancePlan(facility.OrganizationId, Guid.CreateVersion7(now), facility.PropertyId, facility.Id, title)
        {
            Description = description,
            Category = WorkOrderCategoryOf(facility.Category),
            Priority = priority,
            Source = source,
            Interval = interval,
            IntervalLength = intervalLength,
            ScheduleStartsOn = firstDueOn,
            NextDueOn = firstDueOn,
            LeadDays = leadDays,
            Status = MaintenancePlanStatus.Active,
            CreatedAt = now,
        };
    }

    /// <summary>The earliest day the job opens the next due date's work order.</summary>
    public DateOnly OpensOn => NextDueOn.AddDays(-LeadDays);

    /// <summary>
    /// Takes the next due date for a work order and moves on. Due dates already past today are skipped:
    /// the order just opened stands for the missed service, instead of a pile of orders for each one.
    /// </summary>
    public DateOnly TakeNextDueDate(DateOnly today)
    {
        if (Status != MaintenancePlanStatus.Active || OpensOn > today)
        {
            throw new DomainRuleException("maintenance_plan.not_due", Texts.T("该计划尚无到期日，暂不能开单。", "The plan has no due date to open yet."));
        }

        var due = NextDueOn;
        do
        {
            Occurrence++;
            NextDueOn = DueDate(Occurrence);
        }
        while (NextDueOn < today);

        return due;
    }

    public void Pause(DateTimeOffset now)
    {
        if (Status != MaintenancePlanStatus.Active)
        {
            throw new DomainRuleException("maintenance_plan.cannot_pause", Texts.T("只有执行中的计划才能暂停。", "Only an active plan can be paused."));
        }

        Status = MaintenancePlanStatus.Paused;
        PausedAt = now;
    }

    /// <summary>Resumes the schedule, from a new first due date when given; otherwise the job catches up from the old one.</summary>
    public void Resume(DateOnly? nextDueOn)
    {
        if (Status != MaintenancePlanStatus.Paused)
        {
            throw new DomainRuleException("maintenance_plan.cannot_resume", Texts.T("只有已暂停的计划才能恢复。", "Only a paused plan can be resumed."));
        }

        if (nextDueOn is { } restart)
        {
            ScheduleStartsOn = restart;
            Occurrence = 0;
            NextDueOn = restart;
        }

        Status = MaintenancePlanStatus.Active;
        PausedAt = null;
    }

    private DateOnly DueDate(int occurrence) => Interval == MaintenanceInterval.Days
        ? ScheduleStartsOn.AddDays(occurrence * IntervalLength)
        : ScheduleStartsOn.AddMonths(occurrence * IntervalLength);

    private static WorkOrderCategory WorkOrderCategoryOf(FacilityCategory category) => category switch
    {
        FacilityCategory.Elevator => WorkOrderCategory.Elevator,
        FacilityCategory.WaterSupply => WorkOrderCategory.Plumbing,
        FacilityCategory.Power => WorkOrderCategory.Electrical,
        FacilityCategory.Lighting => WorkOrderCategory.Lighting,
        FacilityCategory.FireEquipment => WorkOrderCategory.FireSafety,
        FacilityCategory.AccessGates => WorkOrderCategory.AccessControl,
        _ => WorkOrderCategory.Other,
    };
}
