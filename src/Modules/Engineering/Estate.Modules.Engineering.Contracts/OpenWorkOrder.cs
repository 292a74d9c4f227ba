using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Results;

namespace Estate.Modules.Engineering.Contracts;

/// <summary>
/// Opens a repair work order for another department (a complaint, a patrol finding, a dead corner).
/// The reference names the record behind it, e.g. ("complaint", complaint id). Check that engineering is
/// available (IModuleAvailability) before sending: a company without it has no work orders.
/// </summary>
public sealed record OpenWorkOrder(
    Guid PropertyId,
    string Title,
    string? Description,
    WorkOrderCategory Category,
    WorkOrderPriority Priority,
    WorkOrderSource Source,
    string? ReferenceType,
    Guid? ReferenceId) : ICommand<Result<WorkOrderSummary>>;
