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

namespace Estate.Modules.Meetings.Features.Meetings;

internal sealed record CloseMeetingBody(string Summary, uint? Version);

/// <summary>The chair's closing summary: the reports are frozen, the minutes written, and distribution follows by job.</summary>
internal sealed record CloseMeeting(Guid Id, string Summary, uint? Version) : ICommand<Result<MeetingDetails>>;

internal sealed class CloseMeetingValidator : AbstractValidator<CloseMeeting>
{
    public CloseMeetingValidator()
    {
        RuleFor(x => x.Summary).NotEmpty().MaximumLength(Meeting.SummaryMaxLength);
        RuleFor(x => x.Version).NotNull();
    }
}

internal sealed class CloseMeetingHandler(MeetingsDbContext db, MeetingClosing closing, TimeProvider clock) : IRequestHandler<CloseMeeting, Result<MeetingDetails>>
{
    public async Task<Result<MeetingDetails>> Handle(CloseMeeting request, CancellationToken cancellationToken)
    {
        var meeting = await db.FindToChangeAsync(db.Meetings.Where(m => m.Id == request.Id), request.Version!.Value, cancellationToken);
        if (meeting is null)
        {
            return Error.NotFound(new("会议", "Meeting"), request.Id);
        }

        await closing.CloseAsync(meeting, request.Summary, clock.GetUtcNow(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await MeetingDetails.OfAsync(db, meeting, cancellationToken);
    }
}

internal static class CloseMeetingEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("meetings/{id}/close", async (Guid id, CloseMeetingBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new CloseMeeting(id, body.Summary, body.Version), cancellationToken)).ToOk())
            .WithName(nameof(CloseMeeting))
            .RequireAuthorization(MeetingsPermissions.Organize);
}
