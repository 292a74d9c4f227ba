using Estate.Modules.Cleaning.Data;
using Estate.Modules.Cleaning.Domain;
using Estate.SharedKernel.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Estate.Modules.Cleaning.Jobs;

/// <summary>Marks the current company's tasks still pending when their window closed as missed, in one statement; a second run finds none left.</summary>
internal sealed class MarkMissedCleaningTasks(CleaningDbContext db, TimeProvider clock, ILogger<MarkMissedCleaningTasks> logger) : ITenantJob
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var missed = await db.Tasks
            .Where(t => t.Status == CleaningTaskStatus.Pending && t.WindowEnd < now)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.Status, CleaningTaskStatus.Missed).SetProperty(t => t.MissedAt, now), cancellationToken);
        if (missed > 0)
        {
            logger.LogInformation("Marked {Count} cleaning tasks missed", missed);
        }
    }
}
