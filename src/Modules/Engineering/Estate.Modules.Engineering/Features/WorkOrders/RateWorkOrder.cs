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

internal sealed record RateWorkOrderBody(int? Rating, string? Comment, uint? Version);

/// <summary>Records the owner's rating (1–5) and comment from the follow-up call on a done or closed work order.</summary>
internal sealed record RateWorkOrder(Guid Id, int? Rating, string? Comment, uint? Version) : ICommand<Result<WorkOrderDetails>>;

internal sealed class RateWorkOrderValidator : AbstractValidator<RateWorkOrder>
{
    public RateWorkOrderValidator()
    {
        RuleFor(x => x.Rating).NotNull().InclusiveBetween(1, 5);
        RuleFor(x => x.Comment).MaximumLength(WorkOrder.CommentMaxLength);
        RuleFor(x => x.Version).NotNull();
    }
}

internal sealed class RateWorkOrderHandler(EngineeringDbContext db, TimeProvider clock) : IRequestHandler<RateWorkOrder, Result<WorkOrderDetails>>
{
    public async Task<Result<WorkOrderDetails>> Handle(RateWorkOrder request, CancellationToken cancellationToken)
    {
        var workOrder = await db.FindWorkOrderToChangeAsync(request.Id, request.Version!.Value, cancellationToken);
        if (workOrder is null)
        {
            return Error.NotFound(new("工单", "Work order"), request.Id);
        }

        workOrder.Rate(request.Rating!.Value, request.Comment, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return WorkOrderDetails.From(workOrder);
    }
}

internal static class RateWorkOrderEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("work-orders/{id}/rating", async (Guid id, RateWorkOrderBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new RateWorkOrder(id, body.Rating, body.Comment, body.Version), cancellationToken)).ToOk())
            .WithName(nameof(RateWorkOrder))
            .RequireAuthorization(EngineeringPermissions.WriteWorkOrders);
}
