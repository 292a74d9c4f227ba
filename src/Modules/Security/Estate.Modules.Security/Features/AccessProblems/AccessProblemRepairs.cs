using Estate.Modules.Engineering.Contracts;
using Estate.Modules.Security.Domain;

namespace Estate.Modules.Security.Features.AccessProblems;

/// <summary>Sends an access problem marked as needing repair to engineering, when the company has it.</summary>
internal static class AccessProblemRepairs
{
    public const string ReferenceType = "security.access-problem";

    public static async Task<RepairStatus?> OpenWorkOrderAsync(this EngineeringRepairs repairs, AccessProblem problem, CancellationToken cancellationToken)
    {
        var workOrder = await repairs.OpenAsync(
            problem.PropertyId,
            $"门禁故障：{problem.Gate}",
            problem.Problem,
            WorkOrderCategory.AccessControl,
            problem.FoundOnPatrol ? WorkOrderSource.Patrol : WorkOrderSource.Internal,
            ReferenceType,
            problem.Id,
            cancellationToken);
        if (workOrder is null)
        {
            return null;
        }

        problem.LinkWorkOrder(workOrder.WorkOrderId, workOrder.Number);
        return RepairStatus.From(workOrder);
    }
}
