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

internal sealed record ResolveComplaintBody(string Note, uint? Version);

/// <summary>Records how the matter was settled; resolving an unanswered complaint is its first response too.</summary>
internal sealed record ResolveComplaint(Guid Id, string Note, uint? Version) : ICommand<Result<ComplaintDetails>>;

internal sealed class ResolveComplaintValidator : AbstractValidator<ResolveComplaint>
{
    public ResolveComplaintValidator()
    {
        RuleFor(x => x.Note).NotEmpty().MaximumLength(Complaint.NoteMaxLength);
        RuleFor(x => x.Version).NotNull();
    }
}

internal sealed class ResolveComplaintHandler(CustomerServiceDbContext db, TimeProvider clock) : IRequestHandler<ResolveComplaint, Result<ComplaintDetails>>
{
    public async Task<Result<ComplaintDetails>> Handle(ResolveComplaint request, CancellationToken cancellationToken)
    {
        var complaint = await db.FindToChangeAsync<Complaint>(request.Id, request.Version!.Value, cancellationToken);
        if (complaint is null)
        {
            return Error.NotFound(new("投诉", "Complaint"), request.Id);
        }

        var now = clock.StoredNow();
        complaint.Resolve(request.Note.Trim(), now);
        await db.SaveChangesAsync(cancellationToken);
        return await ComplaintRows.DetailsAsync(db, complaint, now, cancellationToken);
    }
}

internal static class ResolveComplaintEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("complaints/{id}/resolve", async (Guid id, ResolveComplaintBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ResolveComplaint(id, body.Note, body.Version), cancellationToken)).ToOk())
            .WithName(nameof(ResolveComplaint))
            .RequireAuthorization(CustomerServicePermissions.Write);
}
