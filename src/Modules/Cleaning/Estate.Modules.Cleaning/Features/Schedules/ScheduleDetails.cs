using System.Linq.Expressions;
using Estate.Modules.Cleaning.Domain;

namespace Estate.Modules.Cleaning.Features.Schedules;

/// <summary>A schedule as the API shows it; times are the company's local times.</summary>
internal sealed record ScheduleDetails(
    Guid Id,
    Guid PropertyId,
    Guid ZoneId,
    string Task,
    ScheduleFrequency Frequency,
    IReadOnlyList<DayOfWeek> Weekdays,
    int? IntervalDays,
    DateOnly StartsOn,
    TimeOnly WindowStart,
    TimeOnly WindowEnd,
    bool IsActive,
    DateTimeOffset CreatedAt,
    uint Version)
{
    // The weekday mask is unpacked on the client, in the final projection (EF Core allows that there).
    public static readonly Expression<Func<CleaningSchedule, ScheduleDetails>> Projection = s => new ScheduleDetails(
        s.Id,
        s.PropertyId,
        s.ZoneId,
        s.Task,
        s.Frequency,
        CleaningSchedule.WeekdaysOf(s.WeekdayMask),
        s.IntervalDays,
        s.StartsOn,
        s.WindowStart,
        s.WindowEnd,
        s.IsActive,
        s.CreatedAt,
        s.Version);

    private static readonly Func<CleaningSchedule, ScheduleDetails> FromEntity = Projection.Compile();

    public static ScheduleDetails From(CleaningSchedule schedule) => FromEntity(schedule);
}
