using Estate.Modules.CustomerService.Contracts;
using Estate.Modules.CustomerService.Data;
using Estate.Modules.CustomerService.Domain;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Ui;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Estate.Modules.CustomerService.Features.Complaints;

internal sealed record OpenComplaintWorkOrderBody(uint? Version);

/// <summary>
/// Hands an open complaint of any category to engineering as a work order (a repair gets one when it is
/// registered). 409 engineering_unavailable where the company does not have engineering.
/// </summary>
internal sealed record OpenComplaintWorkOrder(Guid Id, uint? Version) : ICommand<Result<ComplaintDetails>>;

internal sealed class OpenComplaintWorkOrderValidator : AbstractValidator<OpenComplaintWorkOrder>
{
    public OpenComplaintWorkOrderValidator() => RuleFor(x => x.Version).NotNull();
}

internal sealed class OpenComplaintWorkOrderHandler(CustomerServiceDbContext db, ComplaintWorkOrders workOrders, TimeProvider clock)
    : IRequestHandler<OpenComplaintWorkOrder, Result<ComplaintDetails>>
{
    public async Task<Result<ComplaintDetails>> Handle(OpenComplaintWorkOrder request, CancellationToken cancellationToken)
    {
        var complaint = await db.FindToChangeAsync<Complaint>(request.Id, request.Version!.Value, cancellationToken);
        if (complaint is null)
        {
            return Error.NotFound(new("投诉", "Complaint"), request.Id);
        }

        if (complaint.WorkOrderId is not null)
        {
            return Error.Conflict("complaint.work_order_exists", Texts.T($"该投诉已开具工单 {complaint.WorkOrderNumber}。", $"Work order {complaint.WorkOrderNumber} is already open for this complaint."));
        }

        if (await workOrders.OpenAsync(complaint, cancellationToken) is { } refused)
        {
            return refused;
        }

        await db.SaveChangesAsync(cancellationToken);
        return await ComplaintRows.DetailsAsync(db, complaint, clock.StoredNow(), cancellationToken);
    }
}

internal static class OpenComplaintWorkOrderEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("complaints/{id}/work-order", async (Guid id, OpenComplaintWorkOrderBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new OpenComplaintWorkOrder(id, body.Version), cancellationToken)).ToOk())
            .WithName(nameof(OpenComplaintWorkOrder))
            .WithSummary("Hands the complaint to engineering as a repair work order (409 engineering_unavailable where the company has no engineering)")
            .RequireAuthorization(CustomerServicePermissions.Write);
}
