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

internal sealed record RecordFollowUpBody(Satisfaction? Satisfaction, string? Note, uint? Version);

/// <summary>The follow-up call (回访) after a resolution: the owner's satisfaction, once per resolution.</summary>
internal sealed record RecordFollowUp(Guid Id, Satisfaction? Satisfaction, string? Note, uint? Version) : ICommand<Result<ComplaintDetails>>;

internal sealed class RecordFollowUpValidator : AbstractValidator<RecordFollowUp>
{
    public RecordFollowUpValidator()
    {
        RuleFor(x => x.Satisfaction).NotNull().IsInEnum();
        RuleFor(x => x.Note).MaximumLength(Complaint.NoteMaxLength);
        RuleFor(x => x.Version).NotNull();
    }
}

internal sealed class RecordFollowUpHandler(CustomerServiceDbContext db, TimeProvider clock) : IRequestHandler<RecordFollowUp, Result<ComplaintDetails>>
{
    public async Task<Result<ComplaintDetails>> Handle(RecordFollowUp request, CancellationToken cancellationToken)
    {
        var complaint = await db.FindToChangeAsync<Complaint>(request.Id, request.Version!.Value, cancellationToken);
        if (complaint is null)
        {
            return Error.NotFound(new("投诉", "Complaint"), request.Id);
        }

        var now = clock.StoredNow();
        complaint.RecordFollowUp(request.Satisfaction!.Value, request.Note, now);
        await db.SaveChangesAsync(cancellationToken);
        return await ComplaintRows.DetailsAsync(db, complaint, now, cancellationToken);
    }
}

internal static class RecordFollowUpEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("complaints/{id}/follow-up", async (Guid id, RecordFollowUpBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new RecordFollowUp(id, body.Satisfaction, body.Note, body.Version), cancellationToken)).ToOk())
            .WithName(nameof(RecordFollowUp))
            .RequireAuthorization(CustomerServicePermissions.Write);
}
