using Estate.Modules.Cleaning.Contracts;
using Estate.Modules.Cleaning.Data;
using Estate.Modules.Cleaning.Domain;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Ui;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Cleaning.Features.Schedules;

/// <summary>
/// Sets up recurring cleaning of a zone; also the HTTP body. Tasks appear when the GenerateCleaningTasks job
/// next runs. <see cref="StartsOn"/> defaults to the company's today.
/// </summary>
internal sealed record CreateSchedule(
    Guid? ZoneId,
    string Task,
    ScheduleFrequency? Frequency,
    IReadOnlyList<DayOfWeek>? Weekdays,
    int? IntervalDays,
    DateOnly? StartsOn,
    TimeOnly? WindowStart,
    TimeOnly? WindowEnd) : ICommand<Result<ScheduleDetails>>, IScheduleFields;

internal sealed class CreateScheduleValidator : AbstractValidator<CreateSchedule>
{
    public CreateScheduleValidator()
    {
        RuleFor(x => x.ZoneId).NotEmpty();
        this.AddScheduleRules();
    }
}

internal sealed class CreateScheduleHandler(CleaningDbContext db, ITenantContext tenant, TimeProvider clock)
    : IRequestHandler<CreateSchedule, Result<ScheduleDetails>>
{
    public async Task<Result<ScheduleDetails>> Handle(CreateSchedule request, CancellationToken cancellationToken)
    {
        var zone = await db.Zones.AsNoTracking().FirstOrDefaultAsync(z => z.Id == request.ZoneId, cancellationToken);
        if (zone is null)
        {
            return Error.Invalid("zoneId", Texts.T("保洁区域不存在。", "Unknown zone."));
        }

        var now = clock.GetUtcNow();
        var schedule = CleaningSchedule.Create(
            tenant.OrganizationId,
            zone.PropertyId,
            zone.Id,
            request.Task,
            request.RecurrenceOf(),
            request.StartsOn ?? CompanyCalendar.DateOf(now, tenant.TimeZone),
            request.WindowStart!.Value,
            request.WindowEnd!.Value,
            now);
        db.Schedules.Add(schedule);

        // Saved here so the answer carries the stored version.
        await db.SaveChangesAsync(cancellationToken);
        return ScheduleDetails.From(schedule);
    }
}

internal static class CreateScheduleEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("schedules", async (CreateSchedule request, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(request, cancellationToken)).ToCreated(s => $"/api/cleaning/schedules/{s.Id}"))
            .WithName(nameof(CreateSchedule))
            .RequireAuthorization(CleaningPermissions.Manage);
}
