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

internal sealed record ReopenComplaintBody(string Reason, uint? Version);

/// <summary>The owner says the matter is not settled: back to work with a fresh closing deadline.</summary>
internal sealed record ReopenComplaint(Guid Id, string Reason, uint? Version) : ICommand<Result<ComplaintDetails>>;

internal sealed class ReopenComplaintValidator : AbstractValidator<ReopenComplaint>
{
    public ReopenComplaintValidator()
    {
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(Complaint.NoteMaxLength);
        RuleFor(x => x.Version).NotNull();
    }
}

internal sealed class ReopenComplaintHandler(CustomerServiceDbContext db, TimeProvider clock) : IRequestHandler<ReopenComplaint, Result<ComplaintDetails>>
{
    public async Task<Result<ComplaintDetails>> Handle(ReopenComplaint request, CancellationToken cancellationToken)
    {
        var complaint = await db.FindToChangeAsync<Complaint>(request.Id, request.Version!.Value, cancellationToken);
        if (complaint is null)
        {
            return Error.NotFound(new("投诉", "Complaint"), request.Id);
        }

        var now = clock.StoredNow();
        complaint.Reopen(request.Reason.Trim(), await db.TargetsOfAsync(complaint.OrganizationId, cancellationToken), now);
        await db.SaveChangesAsync(cancellationToken);
        return await ComplaintRows.DetailsAsync(db, complaint, now, cancellationToken);
    }
}

internal static class ReopenComplaintEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("complaints/{id}/reopen", async (Guid id, ReopenComplaintBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ReopenComplaint(id, body.Reason, body.Version), cancellationToken)).ToOk())
            .WithName(nameof(ReopenComplaint))
            .RequireAuthorization(CustomerServicePermissions.Write);
}
