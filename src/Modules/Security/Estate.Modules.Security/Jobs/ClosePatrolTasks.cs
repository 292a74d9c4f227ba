using Estate.Modules.Security.Data;
using Estate.Modules.Security.Domain;
using Estate.SharedKernel.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Estate.Modules.Security.Jobs;

/// <summary>
/// Closes the current company's patrol tasks whose window has passed, in two statements: checkpoints not
/// checked in become missed; a task becomes complete, incomplete, or absent when nothing was checked in.
/// Closed tasks are left alone, so running twice changes nothing.
/// </summary>
internal sealed class ClosePatrolTasks(SecurityDbContext db, TimeProvider clock, ILogger<ClosePatrolTasks> logger) : ITenantJob
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = db.PatrolTasks.Where(t => (t.Status == PatrolTaskStatus.Scheduled || t.Status == PatrolTaskStatus.InProgress) && t.WindowClosesAt < now);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var missed = await db.PatrolTaskCheckpoints
            .Where(c => c.Status == CheckpointStatus.Pending && due.Any(t => t.Id == c.TaskId))
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.Status, CheckpointStatus.Missed), cancellationToken);
        var closed = await due.ExecuteUpdateAsync(
            set => set
                .SetProperty(
                    t => t.Status,
                    t => !db.PatrolTaskCheckpoints.Any(c => c.TaskId == t.Id && (c.Status == CheckpointStatus.Done || c.Status == CheckpointStatus.Late))
                        ? PatrolTaskStatus.Absent
                        : db.PatrolTaskCheckpoints.Any(c => c.TaskId == t.Id && c.Status == CheckpointStatus.Missed)
                            ? PatrolTaskStatus.Incomplete
                            : PatrolTaskStatus.Complete)
                .SetProperty(t => t.ClosedAt, now),
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        if (closed > 0)
        {
            logger.LogInformation("Closed {Count} patrol tasks, {Missed} checkpoints missed", closed, missed);
        }
    }
}
