using Estate.Modules.Finance.Contracts;
using Estate.Modules.Finance.Data;
using Estate.Modules.Finance.Domain;
using Estate.SharedKernel.Persistence;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Finance.Features.Arrears;

internal sealed record UnitArrears(
    Guid UnitId, Guid PropertyId, string BuildingName, string UnitNumber, string? OwnerName, decimal Overdue, int Bills, DateOnly OldestDueOn, int DaysPastDue);

/// <summary>Units with overdue bills today, longest overdue first, for collection calls.</summary>
internal sealed record ListUnitsInArrears(int? Page, int? PageSize, Guid? PropertyId, Guid? BuildingId, int? MinDaysPastDue)
    : IRequest<Result<PagedList<UnitArrears>>>;

internal sealed class ListUnitsInArrearsValidator : AbstractValidator<ListUnitsInArrears>
{
    public ListUnitsInArrearsValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
        RuleFor(x => x.MinDaysPastDue).InclusiveBetween(1, 36_500);
    }
}

internal sealed class ListUnitsInArrearsHandler(FinanceDbContext db, ITenantContext tenant, TimeProvider clock)
    : IRequestHandler<ListUnitsInArrears, Result<PagedList<UnitArrears>>>
{
    public async Task<Result<PagedList<UnitArrears>>> Handle(ListUnitsInArrears request, CancellationToken cancellationToken)
    {
        var today = CompanyCalendar.DateOf(clock.GetUtcNow(), tenant.TimeZone);
        var overdue = db.Bills.AsNoTracking().Where(b => b.SettledAt == null && b.DueOn < today);
        if (request.PropertyId is { } propertyId)
        {
            overdue = overdue.Where(b => b.PropertyId == propertyId);
        }

        if (request.BuildingId is { } buildingId)
        {
            overdue = overdue.Where(b => b.BuildingId == buildingId);
        }

        var perUnit = overdue
            .GroupBy(b => b.UnitId)
            .Select(g => new { UnitId = g.Key, Overdue = g.Sum(b => b.AmountDue - b.AmountPaid), Bills = g.Count(), OldestDueOn = g.Min(b => b.DueOn) });
        if (request.MinDaysPastDue is { } minDays)
        {
            var dueBefore = today.AddDays(-minDays + 1);
            perUnit = perUnit.Where(u => u.OldestDueOn < dueBefore);
        }

        var page = await (
                from a in perUnit
                join u in db.Units on a.UnitId equals u.Id
                orderby a.OldestDueOn, a.Overdue descending, u.Id
                select new { a.UnitId, u.PropertyId, u.BuildingName, u.UnitNumber, u.OwnerName, a.Overdue, a.Bills, a.OldestDueOn })
            .ToPagedListAsync(request.Page, request.PageSize, cancellationToken);
        return new PagedList<UnitArrears>(
            [
                .. page.Items.Select(u => new UnitArrears(
                    u.UnitId, u.PropertyId, u.BuildingName, u.UnitNumber, u.OwnerName, u.Overdue, u.Bills, u.OldestDueOn, today.DayNumber - u.OldestDueOn.DayNumber)),
            ],
            page.Page,
            page.PageSize,
            page.TotalCount);
    }
}

internal static class ListUnitsInArrearsEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("arrears/units", async (
                    int? page, int? pageSize, Guid? propertyId, Guid? buildingId, int? minDaysPastDue, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListUnitsInArrears(page, pageSize, propertyId, buildingId, minDaysPastDue), cancellationToken)).ToOk())
            .WithName(nameof(ListUnitsInArrears))
            .RequireAuthorization(FinancePermissions.ReadAccounts);
}
