using Estate.Modules.Security.Contracts;
using Estate.Modules.Security.Data;
using Estate.Modules.Security.Domain;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Security.Features.Patrol;

internal sealed record PatrolTaskCheckpointDetails(
    Guid CheckpointId,
    int Sequence,
    string Code,
    string Name,
    CheckpointStatus Status,
    DateTimeOffset? CheckedInAt,
    Guid? CheckedInByUserId,
    string? CheckedInByName,
    double? Latitude,
    double? Longitude);

internal sealed record PatrolTaskDetails(PatrolTaskSummary Task, IReadOnlyList<PatrolTaskCheckpointDetails> Checkpoints);

internal sealed record GetPatrolTask(Guid Id) : IRequest<Result<PatrolTaskDetails>>;

internal sealed class GetPatrolTaskHandler(SecurityDbContext db) : IRequestHandler<GetPatrolTask, Result<PatrolTaskDetails>>
{
    public async Task<Result<PatrolTaskDetails>> Handle(GetPatrolTask request, CancellationToken cancellationToken)
    {
        var task = await db.PatrolTasks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == request.Id, cancellationToken);
        if (task is null)
        {
            return Error.NotFound(new("巡更任务", "Patrol task"), request.Id);
        }

        var checkpoints = await db.PatrolTaskCheckpoints.AsNoTracking()
            .Where(c => c.TaskId == task.Id)
            .OrderBy(c => c.Sequence)
            .Select(c => new PatrolTaskCheckpointDetails(
                c.CheckpointId, c.Sequence, c.Code, c.Name, c.Status, c.CheckedInAt, c.CheckedInByUserId, c.CheckedInByName, c.Latitude, c.Longitude))
            .ToListAsync(cancellationToken);
        var summary = new PatrolTaskSummary(
            task.Id,
            task.PropertyId,
            task.PlanId,
            task.RouteId,
            task.RouteName,
            task.ScheduledStart,
            task.DueBy,
            task.WindowClosesAt,
            task.Status,
            task.CheckpointCount,
            checkpoints.Count(c => c.Status is CheckpointStatus.Done or CheckpointStatus.Late),
            checkpoints.Count(c => c.Status == CheckpointStatus.Late),
            checkpoints.Count(c => c.Status == CheckpointStatus.Missed),
            task.ClosedAt);
        return new PatrolTaskDetails(summary, checkpoints);
    }
}

internal static class GetPatrolTaskEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("patrol/tasks/{id}", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetPatrolTask(id), cancellationToken)).ToOk())
            .WithName(nameof(GetPatrolTask))
            .RequireAuthorization(SecurityPermissions.Read);
}
