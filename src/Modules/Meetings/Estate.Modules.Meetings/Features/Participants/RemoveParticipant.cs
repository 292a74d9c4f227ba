using Estate.Modules.Meetings.Contracts;
using Estate.Modules.Meetings.Data;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Meetings.Features.Participants;

internal sealed record RemoveParticipant(Guid MeetingId, Guid ParticipantId) : ICommand<Result<Done>>;

internal sealed class RemoveParticipantHandler(MeetingsDbContext db) : IRequestHandler<RemoveParticipant, Result<Done>>
{
    public async Task<Result<Done>> Handle(RemoveParticipant request, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == request.MeetingId, cancellationToken);
        var participant = meeting is null
            ? null
            : await db.Participants.FirstOrDefaultAsync(p => p.Id == request.ParticipantId && p.MeetingId == meeting.Id, cancellationToken);
        if (participant is null)
        {
            return Error.NotFound(new("参会人", "Participant"), request.ParticipantId);
        }

        meeting!.EnsureOpen();
        db.Participants.Remove(participant);
        return new Done();
    }
}

internal static class RemoveParticipantEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapDelete("meetings/{id}/participants/{participantId}", async (Guid id, Guid participantId, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new RemoveParticipant(id, participantId), cancellationToken)).ToNoContent())
            .WithName(nameof(RemoveParticipant))
            .RequireAuthorization(MeetingsPermissions.Organize);
}
