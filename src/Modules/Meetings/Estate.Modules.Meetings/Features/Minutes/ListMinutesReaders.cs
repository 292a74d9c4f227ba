using Estate.Modules.Meetings.Contracts;
using Estate.Modules.Meetings.Data;
using Estate.Modules.Meetings.Documents;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Meetings.Features.Minutes;

internal sealed record MinutesReader(Guid UserId, string Name, bool Participant, DateTimeOffset? ReadAt);

/// <summary>Who has read a meeting's minutes: every participant who is a user, read or not, and anyone else who opened them.</summary>
internal sealed record ListMinutesReaders(Guid MeetingId) : IRequest<Result<IReadOnlyList<MinutesReader>>>;

internal sealed class ListMinutesReadersHandler(MeetingsDbContext db, People people) : IRequestHandler<ListMinutesReaders, Result<IReadOnlyList<MinutesReader>>>
{
    public async Task<Result<IReadOnlyList<MinutesReader>>> Handle(ListMinutesReaders request, CancellationToken cancellationToken)
    {
        var content = await db.Minutes.AsNoTracking().Where(m => m.Id == request.MeetingId).Select(m => m.Content).FirstOrDefaultAsync(cancellationToken);
        if (content is null)
        {
            return Error.NotFound(new("会议纪要", "Minutes of meeting"), request.MeetingId);
        }

        var readings = await db.MinutesReadings.AsNoTracking().Where(r => r.MeetingId == request.MeetingId)
            .ToDictionaryAsync(r => r.UserId, r => r.ReadAt, cancellationToken);
        var attendees = MeetingsJson.Read<MinutesDocument>(content).Attendance.Where(a => a.UserId is not null).ToList();
        var readers = attendees.Select(a => new MinutesReader(a.UserId!.Value, a.Name, true, readings.TryGetValue(a.UserId.Value, out var at) ? at : null)).ToList();
        foreach (var (userId, readAt) in readings.Where(r => attendees.All(a => a.UserId != r.Key)))
        {
            readers.Add(new MinutesReader(userId, (await people.FindAsync(userId, cancellationToken))?.DisplayName ?? "", false, readAt));
        }

        return readers;
    }
}

internal static class ListMinutesReadersEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("meetings/{id}/minutes/readers", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListMinutesReaders(id), cancellationToken)).ToOk())
            .WithName(nameof(ListMinutesReaders))
            .RequireAuthorization(MeetingsPermissions.Organize);
}
