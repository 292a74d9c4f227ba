using Estate.Modules.Engineering.Contracts;
using System.Linq.Expressions;
using Estate.Modules.Engineering.Domain;

namespace Estate.Modules.Engineering.Features.WorkOrders;

/// <summary>A work order as the API shows it; <see cref="Version"/> is sent back with every change.</summary>
internal sealed record WorkOrderDetails(
    Guid Id,
    string Number,
    Guid PropertyId,
    Guid? FacilityId,
    Guid? MaintenancePlanId,
    DateOnly? PlannedFor,
    string Title,
    string? Description,
    WorkOrderCategory Category,
    WorkOrderPriority Priority,
    WorkOrderSource Source,
    WorkOrderStatus Status,
    Guid? AssigneeUserId,
    string? AssigneeName,
    string? DelayReason,
    DateTimeOffset? DelayedAt,
    string? ReopenReason,
    DateTimeOffset CreatedAt,
    DateTimeOffset Deadline,
    DateTimeOffset? WarnedAt,
    DateTimeOffset? RespondedAt,
    DateTimeOffset? AssignedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? CompletedAt,
    DateTimeOffset? ClosedAt,
    string? CompletionNotes,
    bool IsOverdue,
    DateTimeOffset? OverdueSince,
    int ReopenCount,
    DateTimeOffset? LastReopenedAt,
    int? OwnerRating,
    string? OwnerComment,
    DateTimeOffset? RatedAt,
    uint Version)
{
    /// <summary>The one mapping: translated to SQL by queries, compiled for entities a command has just saved.</summary>
    public static readonly Expression<Func<WorkOrder, WorkOrderDetails>> Projection = w => new WorkOrderDetails(
        w.Id,
        w.Number,
        w.PropertyId,
        w.FacilityId,
        w.MaintenancePlanId,
        w.PlannedFor,
        w.Title,
        w.Description,
        w.Category,
        w.Priority,
        w.Source,
        w.Status,
        w.AssigneeUserId,
        w.AssigneeName,
        w.DelayReason,
        w.DelayedAt,
        w.ReopenReason,
        w.CreatedAt,
        w.Deadline,
        w.WarnedAt,
        w.RespondedAt,
        w.AssignedAt,
        w.StartedAt,
        w.CompletedAt,
        w.ClosedAt,
        w.CompletionNotes,
        w.IsOverdue,
        w.OverdueSince,
        w.ReopenCount,
        w.LastReopenedAt,
        w.OwnerRating,
        w.OwnerComment,
        w.RatedAt,
        w.Version);

    private static readonly Func<WorkOrder, WorkOrderDetails> FromEntity = Projection.Compile();

    public static WorkOrderDetails From(WorkOrder workOrder) => FromEntity(workOrder);
}
