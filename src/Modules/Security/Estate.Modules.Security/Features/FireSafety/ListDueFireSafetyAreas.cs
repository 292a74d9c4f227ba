using Estate.Modules.Security.Contracts;
using Estate.Modules.Security.Data;
using Estate.Modules.Security.Domain;
using Estate.SharedKernel.Persistence;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Security.Features.FireSafety;

/// <summary>An area whose next inspection is due: its last inspection plus the company's interval for its kind.</summary>
internal sealed record DueFireSafetyArea(
    Guid AreaId,
    Guid PropertyId,
    string Name,
    FireSafetyAreaKind Kind,
    int IntervalDays,
    DateTimeOffset? LastInspectedAt,
    DateOnly DueOn,
    bool IsOverdue,
    int DaysOverdue);

/// <summary>
/// Areas due for inspection by today (company-local), or within the next <c>withinDays</c>, most overdue first.
/// An area never inspected is due from the day it was set up.
/// </summary>
internal sealed record ListDueFireSafetyAreas(int? Page, int? PageSize, Guid? PropertyId, int? WithinDays) : IRequest<Result<PagedList<DueFireSafetyArea>>>;

internal sealed class ListDueFireSafetyAreasValidator : AbstractValidator<ListDueFireSafetyAreas>
{
    public ListDueFireSafetyAreasValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
        RuleFor(x => x.WithinDays).InclusiveBetween(0, InspectionFrequency.MaxIntervalDays);
    }
}

internal sealed class ListDueFireSafetyAreasHandler(SecurityDbContext db, ITenantContext tenant, TimeProvider clock)
    : IRequestHandler<ListDueFireSafetyAreas, Result<PagedList<DueFireSafetyArea>>>
{
    public async Task<Result<PagedList<DueFireSafetyArea>>> Handle(ListDueFireSafetyAreas request, CancellationToken cancellationToken)
    {
        var zone = tenant.TimeZone;
        var today = CompanyCalendar.DateOf(clock.GetUtcNow(), zone);
        var horizon = today.AddDays(request.WithinDays ?? 0);
        var intervals = await db.InspectionFrequencies.AsNoTracking().ToDictionaryAsync(f => f.Kind, f => f.IntervalDays, cancellationToken);

        var areas = db.FireSafetyAreas.AsNoTracking();
        if (request.PropertyId is { } propertyId)
        {
            areas = areas.Where(a => a.PropertyId == propertyId);
        }

        // A company has tens or hundreds of areas: their due dates are worked out here, one query for all.
        var rows = await areas
            .Select(a => new
            {
                a.Id,
                a.PropertyId,
                a.Name,
                a.Kind,
                a.CreatedAt,
                LastInspectedAt = db.FireInspections.Where(i => i.AreaId == a.Id).Max(i => (DateTimeOffset?)i.InspectedAt),
            })
            .ToListAsync(cancellationToken);
        var due = rows
            .Select(a =>
            {
                var interval = intervals.TryGetValue(a.Kind, out var days) ? days : InspectionFrequency.DefaultIntervalDays(a.Kind);
                var dueOn = a.LastInspectedAt is { } last ? CompanyCalendar.DateOf(last, zone).AddDays(interval) : CompanyCalendar.DateOf(a.CreatedAt, zone);
                var daysOverdue = Math.Max(0, today.DayNumber - dueOn.DayNumber);
                return new DueFireSafetyArea(a.Id, a.PropertyId, a.Name, a.Kind, interval, a.LastInspectedAt, dueOn, dueOn < today, daysOverdue);
            })
            .Where(a => a.DueOn <= horizon)
            .OrderBy(a => a.DueOn).ThenBy(a => a.Name, StringComparer.Ordinal)
            .ToList();

        var page = request.Page ?? 1;
        var size = request.PageSize ?? Paging.DefaultPageSize;
        var skip = (int)Math.Min((long)(page - 1) * size, int.MaxValue);
        return new PagedList<DueFireSafetyArea>([.. due.Skip(skip).Take(size)], page, size, due.Count);
    }
}

internal static class ListDueFireSafetyAreasEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("fire-safety/areas/due", async (int? page, int? pageSize, Guid? propertyId, int? withinDays, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListDueFireSafetyAreas(page, pageSize, propertyId, withinDays), cancellationToken)).ToOk())
            .WithName(nameof(ListDueFireSafetyAreas))
            .RequireAuthorization(SecurityPermissions.Read);
}
