using Estate.Modules.Meetings.Contracts;
using Estate.Modules.Meetings.Data;
using Estate.Modules.Meetings.Domain;
using Estate.Modules.Meetings.Features.Meetings;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Meetings.Features.Participants;

internal sealed record RecordAttendanceBody(Attendance? Attendance);

/// <summary>Present, remote or absent; recorded before closing, since the minutes freeze it.</summary>
internal sealed record RecordAttendance(Guid MeetingId, Guid ParticipantId, Attendance? Attendance) : ICommand<Result<ParticipantDetails>>;

internal sealed class RecordAttendanceValidator : AbstractValidator<RecordAttendance>
{
    public RecordAttendanceValidator() => RuleFor(x => x.Attendance).NotNull().IsInEnum();
}

internal sealed class RecordAttendanceHandler(MeetingsDbContext db) : IRequestHandler<RecordAttendance, Result<ParticipantDetails>>
{
    public async Task<Result<ParticipantDetails>> Handle(RecordAttendance request, CancellationToken cancellationToken)
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
        participant.RecordAttendance(request.Attendance!.Value);
        return ParticipantDetails.From(participant);
    }
}

internal static class RecordAttendanceEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPut("meetings/{id}/participants/{participantId}/attendance", async (
                    Guid id, Guid participantId, RecordAttendanceBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new RecordAttendance(id, participantId, body.Attendance), cancellationToken)).ToOk())
            .WithName(nameof(RecordAttendance))
            .RequireAuthorization(MeetingsPermissions.Organize);
}
