using Estate.Modules.Security.Contracts;
using Estate.Modules.Security.Data;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Security.Features.Roster;

/// <summary>Takes a guard off a shift of a day (the entry is deleted: a roster is a plan, not a record of work done).</summary>
internal sealed record RemoveRosterEntry(Guid Id) : ICommand<Result<RosterEntryDetails>>;

internal sealed class RemoveRosterEntryHandler(SecurityDbContext db) : IRequestHandler<RemoveRosterEntry, Result<RosterEntryDetails>>
{
    public async Task<Result<RosterEntryDetails>> Handle(RemoveRosterEntry request, CancellationToken cancellationToken)
    {
        var entry = await db.Roster.FirstOrDefaultAsync(r => r.Id == request.Id, cancellationToken);
        if (entry is null)
        {
            return Error.NotFound(new("排班记录", "Roster entry"), request.Id);
        }

        var shift = await db.Shifts.AsNoTracking().FirstAsync(s => s.Id == entry.ShiftId, cancellationToken);
        var post = await db.Posts.AsNoTracking().FirstAsync(p => p.Id == entry.PostId, cancellationToken);
        db.Roster.Remove(entry);
        return new RosterEntryDetails(
            entry.Id, entry.PropertyId, entry.Date, shift.Id, shift.Name, shift.StartsAt, shift.EndsAt, post.Id, post.Name, entry.GuardUserId, entry.GuardName);
    }
}

internal static class RemoveRosterEntryEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapDelete("roster/{id}", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new RemoveRosterEntry(id), cancellationToken)).ToNoContent())
            .WithName(nameof(RemoveRosterEntry))
            .RequireAuthorization(SecurityPermissions.Manage);
}
