using Estate.Modules.Cleaning.Domain;
using Estate.SharedKernel.Ui;
using FluentValidation;

namespace Estate.Modules.Cleaning.Features.Schedules;

/// <summary>The fields a schedule is made of, shared by creating and changing one.</summary>
internal interface IScheduleFields
{
    string Task { get; }

    ScheduleFrequency? Frequency { get; }

    IReadOnlyList<DayOfWeek>? Weekdays { get; }

    int? IntervalDays { get; }

    TimeOnly? WindowStart { get; }

    TimeOnly? WindowEnd { get; }
}

internal static class ScheduleRules
{
    public static void AddScheduleRules<T>(this AbstractValidator<T> validator)
        where T : IScheduleFields
    {
        validator.RuleFor(x => x.Task).NotEmpty().MaximumLength(CleaningSchedule.TaskMaxLength);
        validator.RuleFor(x => x.Frequency).NotNull().IsInEnum();
        validator.RuleFor(x => x.Weekdays).NotEmpty().When(x => x.Frequency == ScheduleFrequency.Weekdays)
            .WithMessage(_ => Texts.T("每周计划至少需要选择一个星期几。", "Name at least one weekday for a weekly schedule."));
        validator.RuleForEach(x => x.Weekdays).IsInEnum();
        validator.RuleFor(x => x.IntervalDays).NotNull().InclusiveBetween(1, CleaningSchedule.MaxIntervalDays)
            .When(x => x.Frequency == ScheduleFrequency.EveryNDays);
        validator.RuleFor(x => x.WindowStart).NotNull();
        validator.RuleFor(x => x.WindowEnd).NotNull();
        validator.RuleFor(x => x.WindowEnd).GreaterThan(x => x.WindowStart).When(x => x.WindowStart is not null && x.WindowEnd is not null)
            .WithMessage(_ => Texts.T("时间窗口须在同一天内，且结束晚于开始。", "The window must end after it starts, on the same day."));
    }

    public static Recurrence RecurrenceOf(this IScheduleFields fields) =>
        new(fields.Frequency!.Value, fields.Weekdays ?? [], fields.IntervalDays);
}
