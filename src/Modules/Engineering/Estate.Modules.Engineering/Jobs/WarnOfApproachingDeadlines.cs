using Estate.Modules.Engineering.Contracts;
using Estate.Modules.Engineering.Data;
using Estate.Modules.Engineering.Domain;
using Estate.SharedKernel.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Estate.Modules.Engineering.Jobs;

/// <summary>
/// The warning before the deadline: open work orders with less than a quarter of their allowed time left
/// (<see cref="WorkOrder.WarningShareOfAllowedTime"/>) are stamped WarnedAt in one statement and
/// <see cref="WorkOrderDeadlineApproaching"/> is published for each, in the same transaction. Stamped
/// orders are never warned again for the same deadline; orders already past it get the escalation instead.
/// </summary>
internal sealed class WarnOfApproachingDeadlines(EngineeringDbContext db, TimeProvider clock, ILogger<WarnOfApproachingDeadlines> logger) : ITenantJob
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = DeadlineJobs.StoredPrecision(clock.GetUtcNow());
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var warned = await db.WorkOrders
            .Where(w => w.WarnedAt == null && w.WarnAt <= now && w.Deadline > now
                        && w.Status != WorkOrderStatus.Done && w.Status != WorkOrderStatus.Closed)
            .ExecuteUpdateAsync(set => set.SetProperty(w => w.WarnedAt, now), cancellationToken);
        if (warned > 0)
        {
            var warnings = await db.WorkOrders.AsNoTracking()
                .Where(w => w.WarnedAt == now)
                .Select(w => new WorkOrderDeadlineApproaching(
                    w.OrganizationId, w.Id, w.PropertyId, w.Number, w.Title, w.Priority, w.Status, w.AssigneeUserId, w.Deadline, now))
                .ToListAsync(cancellationToken);
            warnings.ForEach(db.Publish);
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Warned of {Count} work orders near their deadline", warned);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
