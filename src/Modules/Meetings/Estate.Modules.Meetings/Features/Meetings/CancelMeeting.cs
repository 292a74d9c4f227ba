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

internal sealed record CancelMeetingBody(string Reason, uint? Version);

internal sealed record CancelMeeting(Guid Id, string Reason, uint? Version) : ICommand<Result<MeetingDetails>>;

internal sealed class CancelMeetingValidator : AbstractValidator<CancelMeeting>
{
    public CancelMeetingValidator()
    {
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(Meeting.ReasonMaxLength);
        RuleFor(x => x.Version).NotNull();
    }
}

internal sealed class CancelMeetingHandler(MeetingsDbContext db) : IRequestHandler<CancelMeeting, Result<MeetingDetails>>
{
    public async Task<Result<MeetingDetails>> Handle(CancelMeeting request, CancellationToken cancellationToken)
    {
        var meeting = await db.FindToChangeAsync(db.Meetings.Where(m => m.Id == request.Id), request.Version!.Value, cancellationToken);
        if (meeting is null)
        {
            return Error.NotFound(new("会议", "Meeting"), request.Id);
        }

        meeting.Cancel(request.Reason);
        await db.SaveChangesAsync(cancellationToken);
        return await MeetingDetails.OfAsync(db, meeting, cancellationToken);
    }
}

internal static class CancelMeetingEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("meetings/{id}/cancel", async (Guid id, CancelMeetingBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new CancelMeeting(id, body.Reason, body.Version), cancellationToken)).ToOk())
            .WithName(nameof(CancelMeeting))
            .RequireAuthorization(MeetingsPermissions.Organize);
}
