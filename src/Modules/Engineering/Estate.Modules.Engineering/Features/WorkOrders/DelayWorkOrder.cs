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

internal sealed record DelayWorkOrderBody(string Reason, uint? Version);

/// <summary>Puts a work order on hold with a reason customer service can give the owner.</summary>
internal sealed record DelayWorkOrder(Guid Id, string Reason, uint? Version) : ICommand<Result<WorkOrderDetails>>;

internal sealed class DelayWorkOrderValidator : AbstractValidator<DelayWorkOrder>
{
    public DelayWorkOrderValidator()
    {
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(WorkOrder.ReasonMaxLength);
        RuleFor(x => x.Version).NotNull();
    }
}

internal sealed class DelayWorkOrderHandler(EngineeringDbContext db, TimeProvider clock) : IRequestHandler<DelayWorkOrder, Result<WorkOrderDetails>>
{
    public async Task<Result<WorkOrderDetails>> Handle(DelayWorkOrder request, CancellationToken cancellationToken)
    {
        var workOrder = await db.FindWorkOrderToChangeAsync(request.Id, request.Version!.Value, cancellationToken);
        if (workOrder is null)
        {
            return Error.NotFound(new("工单", "Work order"), request.Id);
        }

        var now = clock.GetUtcNow();
        workOrder.Delay(request.Reason, now);
        db.Publish(new WorkOrderDelayed(workOrder.OrganizationId, workOrder.Id, workOrder.PropertyId, request.Reason, now));
        await db.SaveChangesAsync(cancellationToken);
        return WorkOrderDetails.From(workOrder);
    }
}

internal static class DelayWorkOrderEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("work-orders/{id}/delay", async (Guid id, DelayWorkOrderBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new DelayWorkOrder(id, body.Reason, body.Version), cancellationToken)).ToOk())
            .WithName(nameof(DelayWorkOrder))
            .RequireAuthorization(EngineeringPermissions.WriteWorkOrders);
}
