using Estate.Modules.Cleaning.Contracts;
using Estate.Modules.Cleaning.Data;
using Estate.Modules.Cleaning.Domain;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Cleaning.Features.Schedules;

internal sealed record UpdateScheduleBody(
    string Task,
    ScheduleFrequency? Frequency,
    IReadOnlyList<DayOfWeek>? Weekdays,
    int? IntervalDays,
    DateOnly? StartsOn,
    TimeOnly? WindowStart,
    TimeOnly? WindowEnd,
    bool? IsActive,
    uint? Version);

/// <summary>
/// Changes or pauses a schedule. Its pending tasks whose window has not started yet are withdrawn, so the next
/// run of the job makes them again from the new settings (or not at all when paused); tasks under way stay.
/// </summary>
internal sealed record UpdateSchedule(
    Guid Id,
    string Task,
    ScheduleFrequency? Frequency,
    IReadOnlyList<DayOfWeek>? Weekdays,
    int? IntervalDays,
    DateOnly? StartsOn,
    TimeOnly? WindowStart,
    TimeOnly? WindowEnd,
    bool? IsActive,
    uint? Version) : ICommand<Result<ScheduleDetails>>, IScheduleFields;

internal sealed class UpdateScheduleValidator : AbstractValidator<UpdateSchedule>
{
    public UpdateScheduleValidator()
    {
        this.AddScheduleRules();
        RuleFor(x => x.StartsOn).NotNull();
        RuleFor(x => x.IsActive).NotNull();
        RuleFor(x => x.Version).NotNull();
    }
}

internal sealed class UpdateScheduleHandler(CleaningDbContext db, TimeProvider clock) : IRequestHandler<UpdateSchedule, Result<ScheduleDetails>>
{
    public async Task<Result<ScheduleDetails>> Handle(UpdateSchedule request, CancellationToken cancellationToken)
    {
        var schedule = await db.FindToChangeAsync<CleaningSchedule>(request.Id, request.Version!.Value, cancellationToken);
        if (schedule is null)
        {
            return Error.NotFound(new("保洁计划", "Schedule"), request.Id);
        }

        schedule.Change(request.Task, request.RecurrenceOf(), request.StartsOn!.Value, request.WindowStart!.Value, request.WindowEnd!.Value, request.IsActive!.Value);
        await db.SaveChangesAsync(cancellationToken);

        var now = clock.GetUtcNow();
        await db.Tasks
            .Where(t => t.ScheduleId == schedule.Id && t.Status == CleaningTaskStatus.Pending && t.WindowStart > now)
            .ExecuteDeleteAsync(cancellationToken);
        return ScheduleDetails.From(schedule);
    }
}

internal static class UpdateScheduleEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPut("schedules/{id}", async (Guid id, UpdateScheduleBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(
                    new UpdateSchedule(id, body.Task, body.Frequency, body.Weekdays, body.IntervalDays, body.StartsOn, body.WindowStart, body.WindowEnd, body.IsActive, body.Version),
                    cancellationToken)).ToOk())
            .WithName(nameof(UpdateSchedule))
            .RequireAuthorization(CleaningPermissions.Manage);
}
