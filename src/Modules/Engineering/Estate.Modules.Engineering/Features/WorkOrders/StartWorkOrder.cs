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

internal sealed record StartWorkOrderBody(uint? Version);

internal sealed record StartWorkOrder(Guid Id, uint? Version) : ICommand<Result<WorkOrderDetails>>;

internal sealed class StartWorkOrderValidator : AbstractValidator<StartWorkOrder>
{
    public StartWorkOrderValidator() => RuleFor(x => x.Version).NotNull();
}

internal sealed class StartWorkOrderHandler(EngineeringDbContext db, TimeProvider clock) : IRequestHandler<StartWorkOrder, Result<WorkOrderDetails>>
{
    public async Task<Result<WorkOrderDetails>> Handle(StartWorkOrder request, CancellationToken cancellationToken)
    {
        var workOrder = await db.FindWorkOrderToChangeAsync(request.Id, request.Version!.Value, cancellationToken);
        if (workOrder is null)
        {
            return Error.NotFound(new("工单", "Work order"), request.Id);
        }

        workOrder.Start(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return WorkOrderDetails.From(workOrder);
    }
}

internal static class StartWorkOrderEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("work-orders/{id}/start", async (Guid id, StartWorkOrderBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new StartWorkOrder(id, body.Version), cancellationToken)).ToOk())
            .WithName(nameof(StartWorkOrder))
            .RequireAuthorization(EngineeringPermissions.WriteWorkOrders);
}
