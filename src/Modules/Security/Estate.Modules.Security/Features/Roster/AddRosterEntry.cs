using Estate.Modules.Security.Contracts;
using Estate.Modules.Security.Data;
using Estate.Modules.Security.Domain;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Ui;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Security.Features.Roster;

/// <summary>Puts a guard (a user of the company) on a post for a shift of a day; also the HTTP body.</summary>
internal sealed record AddRosterEntry(Guid? PostId, Guid? ShiftId, Guid? GuardUserId, DateOnly? Date) : ICommand<Result<RosterEntryDetails>>;

internal sealed class AddRosterEntryValidator : AbstractValidator<AddRosterEntry>
{
    public AddRosterEntryValidator()
    {
        RuleFor(x => x.PostId).NotEmpty();
        RuleFor(x => x.ShiftId).NotEmpty();
        RuleFor(x => x.GuardUserId).NotEmpty();
        RuleFor(x => x.Date).NotNull();
    }
}

internal sealed class AddRosterEntryHandler(SecurityDbContext db, IUserDirectory users, ITenantContext tenant, TimeProvider clock)
    : IRequestHandler<AddRosterEntry, Result<RosterEntryDetails>>
{
    public async Task<Result<RosterEntryDetails>> Handle(AddRosterEntry request, CancellationToken cancellationToken)
    {
        var post = await db.Posts.AsNoTracking().FirstOrDefaultAsync(p => p.Id == request.PostId, cancellationToken);
        if (post is null)
        {
            return Error.Invalid("postId", Texts.T("岗位不存在。", "Unknown post."));
        }

        var shift = await db.Shifts.AsNoTracking().FirstOrDefaultAsync(s => s.Id == request.ShiftId && s.PropertyId == post.PropertyId, cancellationToken);
        if (shift is null)
        {
            return Error.Invalid("shiftId", Texts.T("该岗位所在小区没有此班次。", "No such shift in the post's property."));
        }

        if (await users.FindAsync(request.GuardUserId!.Value, cancellationToken) is not { } guard)
        {
            return Error.Invalid("guardUserId", Texts.T("用户不存在。", "Unknown user."));
        }

        var date = request.Date!.Value;
        if (await db.Roster.IgnoreQueryFilters([SecurityDbContext.PropertyScopeFilter])
                .AnyAsync(r => r.GuardUserId == guard.Id && r.Date == date && r.ShiftId == shift.Id, cancellationToken))
        {
            return Error.Conflict("roster.guard_already_on_shift", Texts.T($"{guard.DisplayName} 已排在 {date:yyyy-MM-dd} 的{shift.Name}。", $"{guard.DisplayName} is already rostered for {shift.Name} on {date:yyyy-MM-dd}."));
        }

        var now = clock.GetUtcNow();
        var entry = new RosterEntry(tenant.OrganizationId, Guid.CreateVersion7(now), post.PropertyId, date, shift.Id, post.Id, guard.Id, guard.DisplayName, now);
        db.Roster.Add(entry);
        return new RosterEntryDetails(entry.Id, entry.PropertyId, date, shift.Id, shift.Name, shift.StartsAt, shift.EndsAt, post.Id, post.Name, guard.Id, guard.DisplayName);
    }
}

internal static class AddRosterEntryEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("roster", async (AddRosterEntry request, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(request, cancellationToken)).ToCreated(r => $"/api/security/roster/{r.Id}"))
            .WithName(nameof(AddRosterEntry))
            .RequireAuthorization(SecurityPermissions.Manage);
}
