using Estate.Modules.Engineering.Contracts;
using Estate.Modules.Engineering.Data;
using Estate.SharedKernel.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Estate.Modules.Engineering.Jobs;

/// <summary>
/// The overdue escalation: flags the company's open work orders past their deadline in one statement and
/// publishes <see cref="WorkOrderOverdue"/> for each, in the same transaction. An order is escalated once
/// per deadline: OverdueSince stays set after completion, and only a reopening (a new deadline) clears it.
/// </summary>
internal sealed class FlagOverdueWorkOrders(EngineeringDbContext db, TimeProvider clock, ILogger<FlagOverdueWorkOrders> logger) : ITenantJob
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = DeadlineJobs.StoredPrecision(clock.GetUtcNow());
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var flagged = await db.WorkOrders
            .Where(w => w.OverdueSince == null && w.Deadline < now && w.Status != WorkOrderStatus.Done && w.Status != WorkOrderStatus.Closed)
            .ExecuteUpdateAsync(set => set.SetProperty(w => w.IsOverdue, true).SetProperty(w => w.OverdueSince, now), cancellationToken);
        if (flagged > 0)
        {
            // The rows this statement stamped carry exactly its timestamp.
            var escalations = await db.WorkOrders.AsNoTracking()
                .Where(w => w.OverdueSince == now)
                .Select(w => new WorkOrderOverdue(
                    w.OrganizationId, w.Id, w.PropertyId, w.Number, w.Title, w.Priority, w.Status, w.AssigneeUserId, w.DelayReason, w.Deadline, now))
                .ToListAsync(cancellationToken);
            escalations.ForEach(db.Publish);
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Flagged {Count} work orders overdue", flagged);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
