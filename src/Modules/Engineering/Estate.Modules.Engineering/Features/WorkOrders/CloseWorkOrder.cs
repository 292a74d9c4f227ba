using Estate.Modules.Engineering.Contracts;
using Estate.Modules.Engineering.Data;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Estate.Modules.Engineering.Features.WorkOrders;

internal sealed record CloseWorkOrderBody(uint? Version);

/// <summary>Closes a completed work order once the repair is accepted.</summary>
internal sealed record CloseWorkOrder(Guid Id, uint? Version) : ICommand<Result<WorkOrderDetails>>;

internal sealed class CloseWorkOrderValidator : AbstractValidator<CloseWorkOrder>
{
    public CloseWorkOrderValidator() => RuleFor(x => x.Version).NotNull();
}

internal sealed class CloseWorkOrderHandler(EngineeringDbContext db, TimeProvider clock) : IRequestHandler<CloseWorkOrder, Result<WorkOrderDetails>>
{
    public async Task<Result<WorkOrderDetails>> Handle(CloseWorkOrder request, CancellationToken cancellationToken)
    {
        var workOrder = await db.FindWorkOrderToChangeAsync(request.Id, request.Version!.Value, cancellationToken);
        if (workOrder is null)
        {
            return Error.NotFound(new("工单", "Work order"), request.Id);
        }

        var now = clock.GetUtcNow();
        workOrder.Close(now);
        db.Publish(new WorkOrderClosed(workOrder.OrganizationId, workOrder.Id, workOrder.PropertyId, now));
        await db.SaveChangesAsync(cancellationToken);
        return WorkOrderDetails.From(workOrder);
    }
}

internal static class CloseWorkOrderEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("work-orders/{id}/close", async (Guid id, CloseWorkOrderBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new CloseWorkOrder(id, body.Version), cancellationToken)).ToOk())
            .WithName(nameof(CloseWorkOrder))
            .RequireAuthorization(EngineeringPermissions.WriteWorkOrders);
}
