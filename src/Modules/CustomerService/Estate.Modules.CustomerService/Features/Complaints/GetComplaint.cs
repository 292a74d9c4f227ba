using Estate.Modules.CustomerService.Contracts;
using Estate.Modules.CustomerService.Data;
using Estate.Modules.CustomerService.Domain;
using Estate.Modules.Engineering.Contracts;
using Estate.SharedKernel.Modules;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.CustomerService.Features.Complaints;

/// <summary>A complaint with its work order's status read live from engineering, where the company has it, so the owner hears the latest.</summary>
internal sealed record GetComplaint(Guid Id) : IRequest<Result<ComplaintDetails>>;

internal sealed class GetComplaintHandler(CustomerServiceDbContext db, IModuleAvailability modules, IMediator mediator, TimeProvider clock)
    : IRequestHandler<GetComplaint, Result<ComplaintDetails>>
{
    public async Task<Result<ComplaintDetails>> Handle(GetComplaint request, CancellationToken cancellationToken)
    {
        var row = await ComplaintRows.Query(db, db.Complaints.AsNoTracking().Where(c => c.Id == request.Id)).FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return Error.NotFound(new("投诉", "Complaint"), request.Id);
        }

        WorkOrderSummary? live = null;
        if (row.Complaint.WorkOrderId is { } workOrderId && await modules.IsAvailableAsync(Complaint.EngineeringDepartment, cancellationToken))
        {
            var status = await mediator.Send(new GetWorkOrderStatus(workOrderId), cancellationToken);
            live = status.IsSuccess ? status.Value : null;
        }

        return ComplaintDetails.From(row.Complaint, row.UnitLabel, row.OwnerName, clock.StoredNow(), live);
    }
}

internal static class GetComplaintEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("complaints/{id}", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetComplaint(id), cancellationToken)).ToOk())
            .WithName(nameof(GetComplaint))
            .RequireAuthorization(CustomerServicePermissions.Read);
}
