using Estate.Modules.Engineering.Contracts;
using Estate.Modules.Engineering.Data;
using Estate.Modules.Engineering.Domain;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Estate.Modules.Engineering.Features.WorkOrders;

internal sealed record ReopenWorkOrderBody(string Reason, uint? Version);

/// <summary>Sends a completed or closed work order back to work because the repair did not hold.</summary>
internal sealed record ReopenWorkOrder(Guid Id, string Reason, uint? Version) : ICommand<Result<WorkOrderDetails>>;

internal sealed class ReopenWorkOrderValidator : AbstractValidator<ReopenWorkOrder>
{
    public ReopenWorkOrderValidator()
    {
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(WorkOrder.ReasonMaxLength);
        RuleFor(x => x.Version).NotNull();
    }
}

internal sealed class ReopenWorkOrderHandler(EngineeringDbContext db, TimeProvider clock) : IRequestHandler<ReopenWorkOrder, Result<WorkOrderDetails>>
{
    public async Task<Result<WorkOrderDetails>> Handle(ReopenWorkOrder request, CancellationToken cancellationToken)
    {
        var workOrder = await db.FindWorkOrderToChangeAsync(request.Id, request.Version!.Value, cancellationToken);
        if (workOrder is null)
        {
            return Error.NotFound(new("工单", "Work order"), request.Id);
        }

        workOrder.Reopen(request.Reason, clock.GetUtcNow(), await db.ResolutionTimeLimitAsync(workOrder.Category, workOrder.Priority, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        return WorkOrderDetails.From(workOrder);
    }
}

internal static class ReopenWorkOrderEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("work-orders/{id}/reopen", async (Guid id, ReopenWorkOrderBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ReopenWorkOrder(id, body.Reason, body.Version), cancellationToken)).ToOk())
            .WithName(nameof(ReopenWorkOrder))
            .RequireAuthorization(EngineeringPermissions.WriteWorkOrders);
}
