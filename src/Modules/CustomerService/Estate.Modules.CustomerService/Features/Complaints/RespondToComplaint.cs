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

internal sealed record RespondToComplaintBody(string Note, uint? Version);

/// <summary>Records the first answer to the owner (what was said, what happens next); the first-response time is measured to it.</summary>
internal sealed record RespondToComplaint(Guid Id, string Note, uint? Version) : ICommand<Result<ComplaintDetails>>;

internal sealed class RespondToComplaintValidator : AbstractValidator<RespondToComplaint>
{
    public RespondToComplaintValidator()
    {
        RuleFor(x => x.Note).NotEmpty().MaximumLength(Complaint.NoteMaxLength);
        RuleFor(x => x.Version).NotNull();
    }
}

internal sealed class RespondToComplaintHandler(CustomerServiceDbContext db, TimeProvider clock) : IRequestHandler<RespondToComplaint, Result<ComplaintDetails>>
{
    public async Task<Result<ComplaintDetails>> Handle(RespondToComplaint request, CancellationToken cancellationToken)
    {
        var complaint = await db.FindToChangeAsync<Complaint>(request.Id, request.Version!.Value, cancellationToken);
        if (complaint is null)
        {
            return Error.NotFound(new("投诉", "Complaint"), request.Id);
        }

        var now = clock.StoredNow();
        complaint.Respond(request.Note.Trim(), now);
        await db.SaveChangesAsync(cancellationToken);
        return await ComplaintRows.DetailsAsync(db, complaint, now, cancellationToken);
    }
}

internal static class RespondToComplaintEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("complaints/{id}/respond", async (Guid id, RespondToComplaintBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new RespondToComplaint(id, body.Note, body.Version), cancellationToken)).ToOk())
            .WithName(nameof(RespondToComplaint))
            .RequireAuthorization(CustomerServicePermissions.Write);
}
