using Estate.Modules.CustomerService.Contracts;
using Estate.Modules.CustomerService.Data;
using Estate.Modules.CustomerService.Domain;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Estate.Modules.CustomerService.Features.Complaints;

internal sealed record CloseComplaintBody(uint? Version);

/// <summary>Closes a resolved complaint; the closing time is measured against the target.</summary>
internal sealed record CloseComplaint(Guid Id, uint? Version) : ICommand<Result<ComplaintDetails>>;

internal sealed class CloseComplaintValidator : AbstractValidator<CloseComplaint>
{
    public CloseComplaintValidator() => RuleFor(x => x.Version).NotNull();
}

internal sealed class CloseComplaintHandler(CustomerServiceDbContext db, TimeProvider clock) : IRequestHandler<CloseComplaint, Result<ComplaintDetails>>
{
    public async Task<Result<ComplaintDetails>> Handle(CloseComplaint request, CancellationToken cancellationToken)
    {
        var complaint = await db.FindToChangeAsync<Complaint>(request.Id, request.Version!.Value, cancellationToken);
        if (complaint is null)
        {
            return Error.NotFound(new("投诉", "Complaint"), request.Id);
        }

        var now = clock.StoredNow();
        complaint.Close(now);
        await db.SaveChangesAsync(cancellationToken);
        return await ComplaintRows.DetailsAsync(db, complaint, now, cancellationToken);
    }
}

internal static class CloseComplaintEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("complaints/{id}/close", async (Guid id, CloseComplaintBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new CloseComplaint(id, body.Version), cancellationToken)).ToOk())
            .WithName(nameof(CloseComplaint))
            .RequireAuthorization(CustomerServicePermissions.Write);
}
