using Estate.SharedKernel.Domain;
using Estate.SharedKernel.Ui;

namespace Estate.Modules.Cleaning.Domain;

/// <summary>
/// What is cleaned in a zone, how often and in which local time window. The GenerateCleaningTasks job turns it
/// into one task per day it falls on; the recurrence is evaluated there, in SQL, for all schedules at once.
/// </summary>
internal sealed class CleaningSchedule : PropertyEntity
{
    public const int TaskMaxLength = 200;
    public const int MaxIntervalDays = 365;

    // Used by EF Core when it materialises a row.
    private CleaningSchedule(Guid organizationId, Guid id, Guid propertyId, Guid zoneId, string task)
        : base(organizationId, id, propertyId)
    {
        ZoneId = zoneId;
        Task = task;
    }

    public Guid ZoneId { get; private set; }

    public string Task { get; private set; }

    public ScheduleFrequency Frequency { get; private set; }

    /// <summary>Bit (1 &lt;&lt; DayOfWeek) per weekday, Sunday = bit 0 as in .NET and PostgreSQL's dow; only for <see cref="ScheduleFrequency.Weekdays"/>.</summary>
    public int WeekdayMask { get; private set; }

    public int? IntervalDays { get; private set; }

    /// <summary>The first day tasks are due; every-N-days schedules count from it.</summary>
    public DateOnly StartsOn { get; private set; }

    public TimeOnly WindowStart { get; private set; }

    public TimeOnly WindowEnd { get; private set; }

    public bool IsActive { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public uint Version { get; private set; }

    public IReadOnlyList<DayOfWeek> Weekdays => WeekdaysOf(WeekdayMask);

    public static CleaningSchedule Create(
        Guid organizationId,
        Guid propertyId,
        Guid zoneId,
        string task,
        Recurrence recurrence,
        DateOnly startsOn,
        TimeOnly windowStart,
        TimeOnly windowEnd,
        DateTimeOffset now)
    {
        var schedule = new CleaningSchedule(organizationId, Guid.CreateVersion7(now), propertyId, zoneId, task) { CreatedAt = now, IsActive = true };
        schedule.Set(task, recurrence, startsOn, windowStart, windowEnd, true);
        return schedule;
    }

    public void Change(string task, Recurrence recurrence, DateOnly startsOn, TimeOnly windowStart, TimeOnly windowEnd, bool isActive) =>
        Set(task, recurrence, startsOn, windowStart, windowEnd, isActive);

    public static int MaskOf(IEnumerable<DayOfWeek> days) => days.Aggregate(0, (mask, day) => mask | (1 << (int)day));

    public static IReadOnlyList<DayOfWeek> WeekdaysOf(int mask) => [.. Enum.GetValues<DayOfWeek>().Where(d => (mask & (1 << (int)d)) != 0)];

    private void Set(string task, Recurrence recurrence, DateOnly startsOn, TimeOnly windowStart, TimeOnly windowEnd, bool isActive)
    {
        // Windows across midnight are not supported: a night shift is two windows, one per day.
        if (windowEnd <= windowStart)
        {
            throw new DomainRuleException("schedule.window_inverted", Texts.T("时间窗口须在同一天内，且结束晚于开始。", "The time window must end after it starts, on the same day."));
        }

        Task = task;
        Frequency = recurrence.Frequency;
        WeekdayMask = recurrence.Frequency == ScheduleFrequency.Weekdays ? MaskOf(recurrence.Weekdays) : 0;
        IntervalDays = recurrence.Frequency == ScheduleFrequency.EveryNDays ? recurrence.IntervalDays : null;
        StartsOn = startsOn;
        WindowStart = windowStart;
        WindowEnd = windowEnd;
        IsActive = isActive;
    }
}

/// <summary>How often a schedule falls due; the validators make sure the parts its frequency needs are there.</summary>
internal sealed record Recurrence(ScheduleFrequency Frequency, IReadOnlyList<DayOfWeek> Weekdays, int? IntervalDays);
