namespace Estate.Modules.Engineering.Contracts;

/// <summary>What other departments see of a work order.</summary>
public sealed record WorkOrderSummary(
    Guid WorkOrderId,
    string Number,
    Guid PropertyId,
    WorkOrderStatus Status,
    string? DelayReason,
    DateTimeOffset Deadline,
    bool IsOverdue,
    DateTimeOffset? CompletedAt,
    DateTimeOffset? ClosedAt);
