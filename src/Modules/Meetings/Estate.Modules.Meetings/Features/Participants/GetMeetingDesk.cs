using Estate.Modules.Meetings.Contracts;
using Estate.Modules.Meetings.Data;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Meetings.Features.Participants;

internal sealed record KnownPerson(Guid UserId, string Name, string? Department);

/// <summary>
/// What the meeting pages need around the meetings themselves: the company's time zone (meeting times are
/// shown and entered in it), the signed-in user (the default chair), and the company users who have taken part
/// in meetings — the people one picks as chair, participant or action-item owner.
/// </summary>
internal sealed record MeetingDesk(string TimeZoneId, KnownPerson? Me, IReadOnlyList<KnownPerson> People, IReadOnlyList<string> Departments);

internal sealed record GetMeetingDesk : IRequest<Result<MeetingDesk>>;

internal sealed class GetMeetingDeskHandler(MeetingsDbContext db, People people, ITenantContext tenant) : IRequestHandler<GetMeetingDesk, Result<MeetingDesk>>
{
    private const int MaxRows = 2000;

    public async Task<Result<MeetingDesk>> Handle(GetMeetingDesk request, CancellationToken cancellationToken)
    {
        var me = await people.CurrentAsync(cancellationToken);
        // Distinct rows first (each meeting invites its people again), grouped per user here.
        var rows = await db.Participants.AsNoTracking()
            .Where(p => p.UserId != null)
            .Select(p => new { UserId = p.UserId!.Value, p.Name, p.Department })
            .Distinct().OrderBy(r => r.UserId).Take(MaxRows)
            .ToListAsync(cancellationToken);
        var known = rows.GroupBy(r => r.UserId)
            .Select(g => new KnownPerson(g.Key, g.First().Name, g.Select(r => r.Department).FirstOrDefault(d => d is not null)))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ToList();
        var mine = me is null ? null : new KnownPerson(me.Id, me.DisplayName, me.Department);
        if (mine is not null && known.All(p => p.UserId != mine.UserId))
        {
            known.Insert(0, mine);
        }

        IReadOnlyList<string> departments = [.. known.Select(p => p.Department).OfType<string>().Where(d => d.Length > 0).Distinct().Order(StringComparer.Ordinal)];
        return new MeetingDesk(tenant.TimeZone.Id, mine, known, departments);
    }
}

internal static class GetMeetingDeskEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("desk", async (IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetMeetingDesk(), cancellationToken)).ToOk())
            .WithName(nameof(GetMeetingDesk))
            .RequireAuthorization(MeetingsPermissions.Read);
}
