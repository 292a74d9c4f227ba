using Estate.Modules.Engineering.Data;
using Estate.Modules.Engineering.Domain;
using Estate.Modules.Finance.Contracts;
using Estate.SharedKernel.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Estate.Modules.Engineering.Features.Projects;

/// <summary>Finance decided a fund request: when it was a project's, the project records approved / partly approved (with the amount) / rejected.</summary>
internal sealed class RecordFundingDecision(EngineeringDbContext db, ILogger<RecordFundingDecision> logger) : IIntegrationEventHandler<FundRequestDecided>
{
    public async Task HandleAsync(FundRequestDecided integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        if (integrationEvent.ReferenceType != RequestProjectFunding.ReferenceType || integrationEvent.ReferenceId is not { } projectId)
        {
            return;
        }

        ProjectFundingStatus? decision = integrationEvent.Status switch
        {
            FundRequestStatus.Approved => ProjectFundingStatus.Approved,
            FundRequestStatus.PartlyApproved => ProjectFundingStatus.PartlyApproved,
            FundRequestStatus.Rejected => ProjectFundingStatus.Rejected,
            _ => null,
        };
        var project = await db.Projects.FirstOrDefaultAsync(p => p.Id == projectId, cancellationToken);
        if (project is null || decision is null)
        {
            logger.LogWarning(
                "Fund request {FundRequestId} decision {Status} for project {ProjectId} not recorded: no such project or not a decision",
                integrationEvent.FundRequestId, integrationEvent.Status, projectId);
            return;
        }

        project.FundingDecided(
            integrationEvent.FundRequestId, decision.Value, integrationEvent.RequestedAmount, integrationEvent.ApprovedAmount, integrationEvent.DecidedAt);
    }
}
