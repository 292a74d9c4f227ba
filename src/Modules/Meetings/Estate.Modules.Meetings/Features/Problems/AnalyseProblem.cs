using Estate.Modules.Meetings.Contracts;
using Estate.Modules.Meetings.Data;
using Estate.Modules.Meetings.Domain;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Meetings.Features.Problems;

internal sealed record AnalyseProblemBody(
    string Title, string? Description, ProblemSource? Source, string? RootCause, string? ResponsibleDepartment, string? ProposedMeasures, uint? Version);

/// <summary>The meeting's analysis of a problem: its root cause, the responsible department and the measures.</summary>
internal sealed record AnalyseProblem(
    Guid Id, string Title, string? Description, ProblemSource? Source, string? RootCause, string? ResponsibleDepartment, string? ProposedMeasures, uint? Version)
    : ICommand<Result<MeetingProblemDetails>>;

internal sealed class AnalyseProblemValidator : AbstractValidator<AnalyseProblem>
{
    public AnalyseProblemValidator()
    {
        RuleFor(x => x.Title).NotEmpty().MaximumLength(Problem.TitleMaxLength);
        RuleFor(x => x.Description).MaximumLength(Problem.TextMaxLength);
        RuleFor(x => x.Source).NotNull().IsInEnum();
        RuleFor(x => x.RootCause).MaximumLength(Problem.TextMaxLength);
        RuleFor(x => x.ResponsibleDepartment).MaximumLength(Problem.DepartmentMaxLength);
        RuleFor(x => x.ProposedMeasures).MaximumLength(Problem.TextMaxLength);
        RuleFor(x => x.Version).NotNull();
    }
}

internal sealed class AnalyseProblemHandler(MeetingsDbContext db) : IRequestHandler<AnalyseProblem, Result<MeetingProblemDetails>>
{
    public async Task<Result<MeetingProblemDetails>> Handle(AnalyseProblem request, CancellationToken cancellationToken)
    {
        var problem = await db.FindToChangeAsync(db.Problems.Where(p => p.Id == request.Id), request.Version!.Value, cancellationToken);
        if (problem is null)
        {
            return Error.NotFound(new("问题", "Problem"), request.Id);
        }

        var meeting = await db.Meetings.AsNoTracking().FirstAsync(m => m.Id == problem.MeetingId, cancellationToken);
        meeting.EnsureOpen();
        problem.Analyse(request.Title, request.Description, request.Source!.Value, request.RootCause, request.ResponsibleDepartment, request.ProposedMeasures);
        await db.SaveChangesAsync(cancellationToken);
        return MeetingProblemDetails.From(problem);
    }
}

internal static class AnalyseProblemEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPut("problems/{id}", async (Guid id, AnalyseProblemBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new AnalyseProblem(id, body.Title, body.Description, body.Source, body.RootCause, body.ResponsibleDepartment,
                    body.ProposedMeasures, body.Version), cancellationToken)).ToOk())
            .WithName(nameof(AnalyseProblem))
            .RequireAuthorization(MeetingsPermissions.Organize);
}
