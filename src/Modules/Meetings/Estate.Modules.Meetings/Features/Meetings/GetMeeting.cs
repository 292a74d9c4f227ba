using Estate.Modules.Meetings.Contracts;
using Estate.Modules.Meetings.Data;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Estate.Modules.Meetings.Features.Meetings;

internal sealed record GetMeeting(Guid Id) : IRequest<Result<MeetingDetails>>;

internal sealed class GetMeetingHandler(MeetingsDbContext db) : IRequestHandler<GetMeeting, Result<MeetingDetails>>
{
    public async Task<Result<MeetingDetails>> Handle(GetMeeting request, CancellationToken cancellationToken) =>
        await MeetingDetails.LoadAsync(db, request.Id, cancellationToken) is { } details ? details : Error.NotFound(new("会议", "Meeting"), request.Id);
}

internal static class GetMeetingEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("meetings/{id}", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetMeeting(id), cancellationToken)).ToOk())
            .WithName(nameof(GetMeeting))
            .RequireAuthorization(MeetingsPermissions.Read);
}
