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

internal sealed record UpdateComplaintBody(string Title, string? Description, ComplaintCategory? Category, string ResponsibleDepartment, uint? Version);

/// <summary>Corrects what a complaint is about, or hands it to another department, until it is closed.</summary>
internal sealed record UpdateComplaint(Guid Id, string Title, string? Description, ComplaintCategory? Category, string ResponsibleDepartment, uint? Version)
    : ICommand<Result<ComplaintDetails>>;

internal sealed class UpdateComplaintValidator : AbstractValidator<UpdateComplaint>
{
    public UpdateComplaintValidator()
    {
        RuleFor(x => x.Title).NotEmpty().MaximumLength(Complaint.TitleMaxLength);
        RuleFor(x => x.Description).MaximumLength(Complaint.DescriptionMaxLength);
        RuleFor(x => x.Category).NotNull().IsInEnum();
        RuleFor(x => x.ResponsibleDepartment).NotEmpty().Matches(Departments.IdPattern).WithMessage(_ => Departments.IdMessage);
        RuleFor(x => x.Version).NotNull();
    }
}

internal sealed class UpdateComplaintHandler(CustomerServiceDbContext db, TimeProvider clock) : IRequestHandler<UpdateComplaint, Result<ComplaintDetails>>
{
    public async Task<Result<ComplaintDetails>> Handle(UpdateComplaint request, CancellationToken cancellationToken)
    {
        var complaint = await db.FindToChangeAsync<Complaint>(request.Id, request.Version!.Value, cancellationToken);
        if (complaint is null)
        {
            return Error.NotFound(new("投诉", "Complaint"), request.Id);
        }

        complaint.Correct(request.Title.Trim(), request.Description, request.Category!.Value, request.ResponsibleDepartment);
        await db.SaveChangesAsync(cancellationToken);
        return await ComplaintRows.DetailsAsync(db, complaint, clock.StoredNow(), cancellationToken);
    }
}

internal static class UpdateComplaintEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPut("complaints/{id}", async (Guid id, UpdateComplaintBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new UpdateComplaint(id, body.Title, body.Description, body.Category, body.ResponsibleDepartment, body.Version), cancellationToken)).ToOk())
            .WithName(nameof(UpdateComplaint))
            .RequireAuthorization(CustomerServicePermissions.Write);
}
