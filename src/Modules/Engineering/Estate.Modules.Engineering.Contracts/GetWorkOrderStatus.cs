using Estate.SharedKernel.Results;
using MediatR;

namespace Estate.Modules.Engineering.Contracts;

/// <summary>A work order's status and delay reason, for the department that asked for it.</summary>
public sealed record GetWorkOrderStatus(Guid WorkOrderId) : IRequest<Result<WorkOrderSummary>>;
