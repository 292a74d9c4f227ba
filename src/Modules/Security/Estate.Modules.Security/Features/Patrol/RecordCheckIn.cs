using Estate.Modules.Security.Contracts;
using Estate.Modules.Security.Data;
using Estate.Modules.Security.Domain;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Ui;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Security.Features.Patrol;

internal sealed record CheckInDetails(
    Guid Id,
    string CheckpointCode,
    string CheckpointName,
    Guid? TaskId,
    CheckInOutcome Outcome,
    DateTimeOffset CheckedInAt,
    DateTimeOffset ReceivedAt);

/// <summary>
/// A guard scans a checkpoint's tag (巡更打卡). The scan counts for the earliest open task that has the checkpoint
/// pending at that time; <see cref="CheckedInAt"/> is when the tag was scanned (default: now), so a device that was
/// offline can send its scans later. Also the HTTP body.
/// </summary>
internal sealed record RecordCheckIn(string CheckpointCode, DateTimeOffset? CheckedInAt, double? Latitude, double? Longitude)
    : ICommand<Result<CheckInDetails>>;

internal sealed class RecordCheckInValidator : AbstractValidator<RecordCheckIn>
{
    /// <summary>Phones' clocks drift a little; a scan from further ahead is refused.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>How long an offline device may hold its scans.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromHours(48);

    public RecordCheckInValidator(TimeProvider clock)
    {
        RuleFor(x => x.CheckpointCode).NotEmpty().MaximumLength(PatrolCheckpoint.CodeMaxLength);
        RuleFor(x => x.CheckedInAt)
            .Must(at => at <= clock.GetUtcNow() + ClockSkew).WithMessage(_ => Texts.T("打卡时间不能晚于当前时间。", "A check-in cannot be in the future."))
            .Must(at => at >= clock.GetUtcNow() - MaxDelay).WithMessage(_ => Texts.T($"打卡须在 {MaxDelay.TotalHours} 小时内提交。", $"A check-in is sent within {MaxDelay.TotalHours} hours."))
            .When(x => x.CheckedInAt is not null);
        RuleFor(x => x.Latitude).InclusiveBetween(-90, 90);
        RuleFor(x => x.Longitude).InclusiveBetween(-180, 180);
        RuleFor(x => x.Longitude).NotNull().When(x => x.Latitude is not null).WithMessage(_ => Texts.T("位置须同时包含纬度和经度。", "A position has both latitude and longitude."));
        RuleFor(x => x.Latitude).NotNull().When(x => x.Longitude is not null).WithMessage(_ => Texts.T("位置须同时包含纬度和经度。", "A position has both latitude and longitude."));
    }
}

internal sealed class RecordCheckInHandler(SecurityDbContext db, SignedInUser signedIn, TimeProvider clock) : IRequestHandler<RecordCheckIn, Result<CheckInDetails>>
{
    public async Task<Result<CheckInDetails>> Handle(RecordCheckIn request, CancellationToken cancellationToken)
    {
        // Another company's code, or one of a property the guard does not see, is as unknown as a mistyped one.
        var code = PatrolCheckpoint.NormalizeCode(request.CheckpointCode);
        var checkpoint = await db.PatrolCheckpoints.AsNoTracking().FirstOrDefaultAsync(c => c.Code == code, cancellationToken);
        if (checkpoint is null)
        {
            return Error.Invalid("checkpointCode", Texts.T($"巡更点编码“{request.CheckpointCode}”不存在。", $"Unknown checkpoint code '{request.CheckpointCode}'."));
        }

        var receivedAt = clock.GetUtcNow();
        var at = request.CheckedInAt?.ToUniversalTime() ?? receivedAt;
        var latestStart = at + PatrolTask.EarlyStartAllowance;
        var candidates = await (from c in db.PatrolTaskCheckpoints
                                join t in db.PatrolTasks on c.TaskId equals t.Id
                                where c.CheckpointId == checkpoint.Id
                                      && (t.Status == PatrolTaskStatus.Scheduled || t.Status == PatrolTaskStatus.InProgress)
                                      && t.ScheduledStart <= latestStart && t.WindowClosesAt >= at
                                orderby t.ScheduledStart
                                select new { Checkpoint = c, Task = t })
            .ToListAsync(cancellationToken);

        var (userId, userName) = await signedIn.WhoAsync(cancellationToken);
        var open = candidates.FirstOrDefault(x => x.Checkpoint.Status == CheckpointStatus.Pending);
        CheckInOutcome outcome;
        if (open is null)
        {
            outcome = candidates.Count > 0 ? CheckInOutcome.AlreadyCheckedIn : CheckInOutcome.NoTask;
        }
        else
        {
            outcome = open.Checkpoint.CheckIn(open.Task, at, userId, userName, request.Latitude, request.Longitude);
            open.Task.Start();
            var othersPending = await db.PatrolTaskCheckpoints.AnyAsync(
                c => c.TaskId == open.Task.Id && c.Id != open.Checkpoint.Id && c.Status == CheckpointStatus.Pending, cancellationToken);
            if (!othersPending)
            {
                open.Task.Complete(at);
            }
        }

        var checkIn = new PatrolCheckIn(
            checkpoint.OrganizationId,
            Guid.CreateVersion7(receivedAt),
            checkpoint.PropertyId,
            checkpoint.Id,
            checkpoint.Code,
            open?.Task.Id ?? candidates.FirstOrDefault()?.Task.Id,
            userId,
            userName,
            at,
            receivedAt,
            request.Latitude,
            request.Longitude,
            outcome);
        db.PatrolCheckIns.Add(checkIn);
        return new CheckInDetails(checkIn.Id, checkpoint.Code, checkpoint.Name, checkIn.TaskId, outcome, at, receivedAt);
    }
}

internal static class RecordCheckInEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("patrol/check-ins", async (RecordCheckIn request, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(request, cancellationToken)).ToOk())
            .WithName(nameof(RecordCheckIn))
            .RequireAuthorization(SecurityPermissions.FieldWork);
}
