using Estate.Modules.Meetings.Contracts;
using Estate.Modules.Meetings.Data;
using Estate.Modules.Meetings.Domain;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Meetings.Features.Problems;

internal sealed record RaiseProblemBody(
    string Title, string? Description, ProblemSource? Source, string? RootCause, string? ResponsibleDepartment, string? ProposedMeasures, string? RecordType, Guid? RecordId);

/// <summary>
/// A problem for the meeting to analyse (anyone who works in the company may raise one, e.g. a guard squad
/// leader's access-control trouble); it can point to the record behind it, such as a complaint or a work order.
/// </summary>
internal sealed record RaiseProblem(
    Guid MeetingId, string Title, string? Description, ProblemSource? Source, string? RootCause, string? ResponsibleDepartment, string? ProposedMeasures,
    string? RecordType, Guid? RecordId) : ICommand<Result<MeetingProblemDetails>>;

internal sealed class RaiseProblemValidator : AbstractValidator<RaiseProblem>
{
    public RaiseProblemValidator()
    {
        RuleFor(x => x.Title).NotEmpty().MaximumLength(Problem.TitleMaxLength);
        RuleFor(x => x.Description).MaximumLength(Problem.TextMaxLength);
        RuleFor(x => x.Source).NotNull().IsInEnum();
        RuleFor(x => x.RootCause).MaximumLength(Problem.TextMaxLength);
        RuleFor(x => x.ResponsibleDepartment).MaximumLength(Problem.DepartmentMaxLength);
        RuleFor(x => x.ProposedMeasures).MaximumLength(Problem.TextMaxLength);
        RuleFor(x => x.RecordType).MaximumLength(Problem.RecordTypeMaxLength).NotEmpty().When(x => x.RecordId is not null);
        RuleFor(x => x.RecordId).NotEmpty().When(x => x.RecordType is not null);
    }
}

internal sealed class RaiseProblemHandler(MeetingsDbContext db, ITenantContext tenant, TimeProvider clock) : IRequestHandler<RaiseProblem, Result<MeetingProblemDetails>>
{
    public async Task<Result<MeetingProblemDetails>> Handle(RaiseProblem request, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == request.MeetingId, cancellationToken);
        if (meeting is null)
        {
            return Error.NotFound(new("会议", "Meeting"), request.MeetingId);
        }

        meeting.EnsureOpen();
        var problem = Problem.Raise(
            tenant.OrganizationId, meeting.Id, request.Title, request.Description, request.Source!.Value, request.RootCause, request.ResponsibleDepartment,
            request.ProposedMeasures, request.RecordType, request.RecordId, tenant.UserId, clock.GetUtcNow());
        db.Problems.Add(problem);
        await db.SaveChangesAsync(cancellationToken);
        return MeetingProblemDetails.From(problem);
    }
}

internal static class RaiseProblemEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("meetings/{id}/problems", async (Guid id, RaiseProblemBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new RaiseProblem(id, body.Title, body.Description, body.Source, body.RootCause, body.ResponsibleDepartment,
                    body.ProposedMeasures, body.RecordType, body.RecordId), cancellationToken))
                .ToCreated(p => $"/api/meetings/problems/{p.Id}"))
            .WithName(nameof(RaiseProblem))
            .RequireAuthorization(MeetingsPermissions.Contribute);
}
