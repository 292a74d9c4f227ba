using Estate.Modules.CustomerService.Data;
using Estate.Modules.Engineering.Contracts;
using Estate.SharedKernel.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.CustomerService.Features.Complaints;

/// <summary>Keeps the copy of a complaint's work order current, so its delay reason shows even when engineering is not asked live.</summary>
internal sealed class WorkOrderDelayedHandler(CustomerServiceDbContext db) : IIntegrationEventHandler<WorkOrderDelayed>
{
    public async Task HandleAsync(WorkOrderDelayed integrationEvent, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.FirstOrDefaultAsync(c => c.WorkOrderId == integrationEvent.WorkOrderId, cancellationToken);
        complaint?.TrackWorkOrder(WorkOrderStatus.Waiting, integrationEvent.Reason, integrationEvent.DelayedAt);
    }
}

internal sealed class WorkOrderClosedHandler(CustomerServiceDbContext db) : IIntegrationEventHandler<WorkOrderClosed>
{
    public async Task HandleAsync(WorkOrderClosed integrationEvent, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.FirstOrDefaultAsync(c => c.WorkOrderId == integrationEvent.WorkOrderId, cancellationToken);
        complaint?.TrackWorkOrder(WorkOrderStatus.Closed, null, integrationEvent.ClosedAt);
    }
}
