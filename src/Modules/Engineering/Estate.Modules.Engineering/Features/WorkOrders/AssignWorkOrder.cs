using Estate.Modules.Engineering.Contracts;
using Estate.Modules.Engineering.Data;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Ui;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Estate.Modules.Engineering.Features.WorkOrders;

internal sealed record AssignWorkOrderBody(Guid? AssigneeUserId, uint? Version);

/// <summary>Assigns (or reassigns) a work order to a user of the company.</summary>
internal sealed record AssignWorkOrder(Guid Id, Guid? AssigneeUserId, uint? Version) : ICommand<Result<WorkOrderDetails>>;

internal sealed class AssignWorkOrderValidator : AbstractValidator<AssignWorkOrder>
{
    public AssignWorkOrderValidator()
    {
        RuleFor(x => x.AssigneeUserId).NotEmpty();
        RuleFor(x => x.Version).NotNull();
    }
}

internal sealed class AssignWorkOrderHandler(EngineeringDbContext db, IUserDirectory users, TimeProvider clock)
    : IRequestHandler<AssignWorkOrder, Result<WorkOrderDetails>>
{
    public async Task<Result<WorkOrderDetails>> Handle(AssignWorkOrder request, CancellationToken cancellationToken)
    {
        var workOrder = await db.FindWorkOrderToChangeAsync(request.Id, request.Version!.Value, cancellationToken);
        if (workOrder is null)
        {
            return Error.NotFound(new("工单", "Work order"), request.Id);
        }

        var assignee = await users.FindAsync(request.AssigneeUserId!.Value, cancellationToken);
        if (assignee is null)
        {
            return Error.Invalid("assigneeUserId", Texts.T("用户不存在。", "Unknown user."));
        }

        workOrder.Assign(assignee.Id, assignee.DisplayName, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return WorkOrderDetails.From(workOrder);
    }
}

internal static class AssignWorkOrderEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("work-orders/{id}/assign", async (Guid id, AssignWorkOrderBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new AssignWorkOrder(id, body.AssigneeUserId, body.Version), cancellationToken)).ToOk())
            .WithName(nameof(AssignWorkOrder))
            .RequireAuthorization(EngineeringPermissions.WriteWorkOrders);
}
