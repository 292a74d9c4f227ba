using Estate.Modules.Engineering.Contracts;
using Estate.Modules.Engineering.Data;
using Estate.Modules.Engineering.Domain;
using Estate.SharedKernel.Jobs;
using Estate.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Estate.Modules.Engineering.Jobs;

/// <summary>
/// Opens the work orders of preventive maintenance plans whose next due date is within their lead time,
/// and moves each plan on to its following due date, in one save. Running twice opens nothing twice: the
/// plan has moved on, a due date that already has its order is skipped, and a unique index on
/// (plan, due date) refuses a duplicate from a concurrent run (which then fails and is retried).
/// </summary>
internal sealed class GeneratePlannedWorkOrders(EngineeringDbContext db, ITenantContext tenant, TimeProvider clock, ILogger<GeneratePlannedWorkOrders> logger)
    : ITenantJob
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = CompanyCalendar.DateOf(now, tenant.TimeZone);
        var duePlans = await db.MaintenancePlans
            .Where(p => p.Status == MaintenancePlanStatus.Active && p.NextDueOn.AddDays(-p.LeadDays) <= today)
            .ToListAsync(cancellationToken);
        if (duePlans.Count == 0)
        {
            return;
        }

        var planIds = duePlans.Select(p => (Guid?)p.Id).ToList();
        var alreadyOpened = (await db.WorkOrders.AsNoTracking()
                .Where(w => planIds.Contains(w.MaintenancePlanId) && w.PlannedFor != null)
                .Select(w => new { PlanId = w.MaintenancePlanId!.Value, DueOn = w.PlannedFor!.Value })
                .ToListAsync(cancellationToken))
            .Select(w => (w.PlanId, w.DueOn))
            .ToHashSet();

        var opened = 0;
        foreach (var plan in duePlans)
        {
            // A lead time longer than the interval makes more than one due date ready at once.
            while (plan.OpensOn <= today)
            {
                var dueOn = plan.TakeNextDueDate(today);
                if (!alreadyOpened.Add((plan.Id, dueOn)))
                {
                    continue;
                }

                var workOrder = WorkOrder.OpenPlanned(plan, dueOn, now, tenant.TimeZone);
                db.WorkOrders.Add(workOrder);
                db.Publish(new WorkOrderOpened(
                    workOrder.OrganizationId, workOrder.Id, workOrder.PropertyId, workOrder.Number, workOrder.Title,
                    workOrder.Category, workOrder.Priority, workOrder.Source, workOrder.Deadline));
                opened++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Opened {Count} planned work orders from {PlanCount} maintenance plans", opened, duePlans.Count);
    }
}
