using Estate.Modules.Meetings.Contracts;
using Estate.Modules.Meetings.Data;
using Estate.Modules.Meetings.Invitations;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Meetings.Features.Invitations;

/// <summary>
/// A participant's .ics invitation: the signed-in user's own (no participant id), or any participant's for the
/// organisers.
/// </summary>
internal sealed record GetInvitation(Guid MeetingId, Guid? ParticipantId) : IRequest<Result<Invitation>>;

internal sealed class GetInvitationHandler(MeetingsDbContext db, InvitationCalendar calendar, ITenantContext tenant) : IRequestHandler<GetInvitation, Result<Invitation>>
{
    public async Task<Result<Invitation>> Handle(GetInvitation request, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == request.MeetingId, cancellationToken);
        if (meeting is null)
        {
            return Error.NotFound(new("会议", "Meeting"), request.MeetingId);
        }

        var participants = await db.Participants.AsNoTracking().Where(p => p.MeetingId == meeting.Id).OrderBy(p => p.Role).ThenBy(p => p.Name).ToListAsync(cancellationToken);
        var invitee = request.ParticipantId is { } id
            ? participants.FirstOrDefault(p => p.Id == id)
            : participants.FirstOrDefault(p => p.UserId is not null && p.UserId == tenant.UserId);
        if (invitee is null)
        {
            return Error.NotFound(new("参会人", "Participant"), request.ParticipantId?.ToString() ?? "you");
        }

        return (await calendar.ForAsync(meeting, participants, [invitee], tenant.TimeZone, cancellationToken))[0];
    }
}

internal static class GetInvitationEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("meetings/{id}/invitation.ics", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                Answer(await mediator.Send(new GetInvitation(id, null), cancellationToken)))
            .WithName("GetMyInvitation")
            .RequireAuthorization(MeetingsPermissions.Read);
        endpoints.MapGet("meetings/{id}/participants/{participantId}/invitation.ics", async (Guid id, Guid participantId, IMediator mediator, CancellationToken cancellationToken) =>
                Answer(await mediator.Send(new GetInvitation(id, participantId), cancellationToken)))
            .WithName(nameof(GetInvitation))
            .RequireAuthorization(MeetingsPermissions.Organize);
    }

    private static IResult Answer(Result<Invitation> result) =>
        result.IsSuccess
            ? Results.File(System.Text.Encoding.UTF8.GetBytes(result.Value.Calendar), "text/calendar; charset=utf-8; method=REQUEST", result.Value.FileName)
            : result.Error!.ToProblem();
}
