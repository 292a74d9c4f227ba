using Estate.Modules.Finance.Contracts;
using Estate.Modules.Meetings.Data;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Meetings.Features.Resources;

/// <summary>Finance decided a fund request the meeting sent: the request shows finance's status and amount.</summary>
internal sealed class FundRequestDecidedHandler(MeetingsDbContext db) : Estate.SharedKernel.Messaging.IIntegrationEventHandler<FundRequestDecided>
{
    public async Task HandleAsync(FundRequestDecided integrationEvent, CancellationToken cancellationToken)
    {
        var asked = await db.ResourceRequests.FirstOrDefaultAsync(r => r.FundRequestId == integrationEvent.FundRequestId, cancellationToken);
        asked?.FinanceDecided(integrationEvent.Status.ToString(), integrationEvent.ApprovedAmount);
    }
}
