using Estate.Modules.Security.Contracts;
using Estate.Modules.Security.Data;
using Estate.SharedKernel.Persistence;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Ui;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Security.Features.Roster;

/// <summary>The roster of a date range (both days included), by day, shift start and post.</summary>
internal sealed record ListRoster(int? Page, int? PageSize, DateOnly? From, DateOnly? To, Guid? PropertyId, Guid? GuardUserId)
    : IRequest<Result<PagedList<RosterEntryDetails>>>;

internal sealed class ListRosterValidator : AbstractValidator<ListRoster>
{
    public const int MaxDays = 93;

    public ListRosterValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
        RuleFor(x => x.From).NotNull();
        RuleFor(x => x.To).NotNull()
            .GreaterThanOrEqualTo(x => x.From).WithMessage(_ => Texts.T("结束日期（to）不能早于开始日期（from）。", "'to' is on or after 'from'."))
            .LessThan(x => x.From!.Value.AddDays(MaxDays)).When(x => x.From is not null).WithMessage(_ => Texts.T($"排班表最多覆盖 {MaxDays} 天。", $"A roster covers at most {MaxDays} days."));
    }
}

internal sealed class ListRosterHandler(SecurityDbContext db) : IRequestHandler<ListRoster, Result<PagedList<RosterEntryDetails>>>
{
    public async Task<Result<PagedList<RosterEntryDetails>>> Handle(ListRoster request, CancellationToken cancellationToken)
    {
        var (from, to) = (request.From!.Value, request.To!.Value);
        var entries = db.Roster.AsNoTracking().Where(r => r.Date >= from && r.Date <= to);
        if (request.PropertyId is { } propertyId)
        {
            entries = entries.Where(r => r.PropertyId == propertyId);
        }

        if (request.GuardUserId is { } guardUserId)
        {
            entries = entries.Where(r => r.GuardUserId == guardUserId);
        }

        return await (from r in entries
                      join s in db.Shifts on r.ShiftId equals s.Id
                      join p in db.Posts on r.PostId equals p.Id
                      orderby r.Date, s.StartsAt, p.Name, r.GuardName, r.Id
                      select new RosterEntryDetails(r.Id, r.PropertyId, r.Date, s.Id, s.Name, s.StartsAt, s.EndsAt, p.Id, p.Name, r.GuardUserId, r.GuardName))
            .ToPagedListAsync(request.Page, request.PageSize, cancellationToken);
    }
}

internal static class ListRosterEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("roster", async (
                    int? page, int? pageSize, DateOnly? from, DateOnly? to, Guid? propertyId, Guid? guardUserId, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListRoster(page, pageSize, from, to, propertyId, guardUserId), cancellationToken)).ToOk())
            .WithName(nameof(ListRoster))
            .RequireAuthorization(SecurityPermissions.Read);
}
