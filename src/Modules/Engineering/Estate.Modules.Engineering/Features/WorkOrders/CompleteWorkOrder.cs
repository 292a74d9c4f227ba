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

internal sealed record CompleteWorkOrderBody(string? Notes, uint? Version);

internal sealed record CompleteWorkOrder(Guid Id, string? Notes, uint? Version) : ICommand<Result<WorkOrderDetails>>;

internal sealed class CompleteWorkOrderValidator : AbstractValidator<CompleteWorkOrder>
{
    public CompleteWorkOrderValidator()
    {
        RuleFor(x => x.Notes).MaximumLength(WorkOrder.ReasonMaxLength);
        RuleFor(x => x.Version).NotNull();
    }
}

internal sealed class CompleteWorkOrderHandler(EngineeringDbContext db, TimeProvider clock) : IRequestHandler<CompleteWorkOrder, Result<WorkOrderDetails>>
{
    public async Task<Result<WorkOrderDetails>> Handle(CompleteWorkOrder request, CancellationToken cancellationToken)
    {
        var workOrder = await db.FindWorkOrderToChangeAsync(request.Id, request.Version!.Value, cancellationToken);
        if (workOrder is null)
        {
            return Error.NotFound(new("工单", "Work order"), request.Id);
        }

        workOrder.Complete(request.Notes, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return WorkOrderDetails.From(workOrder);
    }
}

internal static class CompleteWorkOrderEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("work-orders/{id}/complete", async (Guid id, CompleteWorkOrderBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new CompleteWorkOrder(id, body.Notes, body.Version), cancellationToken)).ToOk())
            .WithName(nameof(CompleteWorkOrder))
            .RequireAuthorization(EngineeringPermissions.WriteWorkOrders);
}
