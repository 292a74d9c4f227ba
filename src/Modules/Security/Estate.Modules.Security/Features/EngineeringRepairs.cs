using Estate.Modules.Engineering.Contracts;
using Estate.SharedKernel.Modules;
using MediatR;
using Microsoft.Extensions.Logging;

namespace Estate.Modules.Security.Features;

/// <summary>What security sees of a repair work order: engineering's status and delay reason.</summary>
internal sealed record RepairStatus(
    WorkOrderStatus Status,
    string? DelayReason,
    DateTimeOffset Deadline,
    bool IsOverdue,
    DateTimeOffset? CompletedAt,
    DateTimeOffset? ClosedAt)
{
    public static RepairStatus From(WorkOrderSummary summary) =>
        new(summary.Status, summary.DelayReason, summary.Deadline, summary.IsOverdue, summary.CompletedAt, summary.ClosedAt);
}

/// <summary>
/// Repairs go to engineering through its contracts when the company has engineering; otherwise the record
/// stays with security, marked as needing repair, and nothing is sent.
/// </summary>
/// <remarks>
/// The work order is committed by engineering's own transaction: if security's save failed afterwards the work
/// order would remain, pointing at a record that does not exist. Engineering shows its reference, so it can be closed.
/// </remarks>
internal sealed class EngineeringRepairs(IModuleAvailability modules, IMediator mediator, ILogger<EngineeringRepairs> logger)
{
    private const string Engineering = "engineering";

    public async Task<WorkOrderSummary?> OpenAsync(
        Guid propertyId,
        string title,
        string? description,
        WorkOrderCategory category,
        WorkOrderSource source,
        string referenceType,
        Guid referenceId,
        CancellationToken cancellationToken)
    {
        if (!await modules.IsAvailableAsync(Engineering, cancellationToken))
        {
            return null;
        }

        var opened = await mediator.Send(
            new OpenWorkOrder(propertyId, Truncate(title, 200), description, category, WorkOrderPriority.High, source, referenceType, referenceId),
            cancellationToken);
        if (!opened.IsSuccess)
        {
            logger.LogWarning("Engineering refused a work order for {ReferenceType} {ReferenceId}: {Error}", referenceType, referenceId, opened.Error!.Message);
            return null;
        }

        logger.LogInformation("Work order {WorkOrderNumber} opened for {ReferenceType} {ReferenceId}", opened.Value.Number, referenceType, referenceId);
        return opened.Value;
    }

    /// <summary>The work order's status, or null without a work order or while engineering is not available.</summary>
    public async Task<RepairStatus?> StatusAsync(Guid? workOrderId, CancellationToken cancellationToken)
    {
        if (workOrderId is not { } id || !await modules.IsAvailableAsync(Engineering, cancellationToken))
        {
            return null;
        }

        var status = await mediator.Send(new GetWorkOrderStatus(id), cancellationToken);
        return status.IsSuccess ? RepairStatus.From(status.Value) : null;
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
