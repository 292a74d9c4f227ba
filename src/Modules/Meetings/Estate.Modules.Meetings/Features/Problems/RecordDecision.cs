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

internal sealed record RecordDecisionBody(string Text, string? Department);

/// <summary>A resolution of the meeting (决议), optionally for the department that carries it out.</summary>
internal sealed record RecordDecision(Guid MeetingId, string Text, string? Department) : ICommand<Result<DecisionDetails>>;

internal sealed class RecordDecisionValidator : AbstractValidator<RecordDecision>
{
    public RecordDecisionValidator()
    {
        RuleFor(x => x.Text).NotEmpty().MaximumLength(MeetingDecision.TextMaxLength);
        RuleFor(x => x.Department).MaximumLength(Participant.DepartmentMaxLength);
    }
}

internal sealed class RecordDecisionHandler(MeetingsDbContext db, ITenantContext tenant, TimeProvider clock) : IRequestHandler<RecordDecision, Result<DecisionDetails>>
{
    public async Task<Result<DecisionDetails>> Handle(RecordDecision request, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == request.MeetingId, cancellationToken);
        if (meeting is null)
        {
            return Error.NotFound(new("会议", "Meeting"), request.MeetingId);
        }

        meeting.EnsureOpen();
        var decision = MeetingDecision.Record(tenant.OrganizationId, meeting.Id, request.Text, request.Department, clock.GetUtcNow());
        db.Decisions.Add(decision);
        return new DecisionDetails(decision.Id, decision.MeetingId, decision.Text, decision.Department, decision.CreatedAt);
    }
}

internal static class RecordDecisionEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("meetings/{id}/decisions", async (Guid id, RecordDecisionBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new RecordDecision(id, body.Text, body.Department), cancellationToken)).ToCreated(d => $"/api/meetings/meetings/{id}/agenda"))
            .WithName(nameof(RecordDecision))
            .RequireAuthorization(MeetingsPermissions.Organize);
}
