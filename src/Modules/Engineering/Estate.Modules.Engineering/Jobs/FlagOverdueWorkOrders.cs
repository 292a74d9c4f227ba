using Estate.Modules.Engineering.Contracts;
using Estate.Modules.Engineering.Data;
using Estate.Modules.Engineering.Domain;
using Estate.SharedKernel.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Estate.Modules.Engineering.Jobs;

/// <summary>Flags the current company's open work orders past their deadline, in one statement; already flagged ones are left alone.</summary>
internal sealed class FlagOverdueWorkOrders(EngineeringDbContext db, TimeProvider clock, ILogger<FlagOverdueWorkOrders> logger) : ITenantJob
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var flagged = await db.WorkOrders
            .Where(w => !w.IsOverdue && w.Deadline < now && w.Status != WorkOrderStatus.Done && w.Status != WorkOrderStatus.Closed)
            .ExecuteUpdateAsync(set => set.SetProperty(w => w.IsOverdue, true).SetProperty(w => w.OverdueSince, now), cancellationToken);
        if (flagged > 0)
        {
            logger.LogInformation("Flagged {Count} work orders overdue", flagged);
        }
    }
}
