namespace Estate.Modules.Cleaning.Domain;

internal enum ScheduleFrequency
{
    Daily,

    /// <summary>On the weekdays the schedule names (e.g. Monday, Wednesday, Friday).</summary>
    Weekdays,

    /// <summary>Every N days counted from the schedule's first day.</summary>
    EveryNDays,
}
