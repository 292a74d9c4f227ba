using Estate.Modules.CustomerService.Contracts;
using Estate.Modules.CustomerService.Data;
using Estate.Modules.CustomerService.Domain;
using Estate.Modules.CustomerService.Reports;
using Estate.SharedKernel.Reports;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using FluentValidation;
using MediatR;
using Unit = Estate.Modules.CustomerService.Domain.Unit;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.CustomerService.Features.Contracts;

/// <summary>Units as other departments see them, in id order, with the owner billed for each: the earliest-moved-in owner (tenants are not billed).</summary>
internal static class UnitInfos
{
    public static IQueryable<UnitInfo> Query(CustomerServiceDbContext db, IQueryable<Unit> units) =>
        from u in units
        join b in db.Buildings on u.BuildingId equals b.Id
        orderby u.Id
        select new UnitInfo(
            u.Id,
            u.PropertyId,
            u.BuildingId,
            b.Name,
            u.Number,
            u.FloorArea,
            db.Owners.Where(o => o.UnitId == u.Id && o.Kind == ResidentKind.Owner).OrderBy(o => o.MoveInDate).ThenBy(o => o.CreatedAt).Select(o => (Guid?)o.Id).FirstOrDefault(),
            db.Owners.Where(o => o.UnitId == u.Id && o.Kind == ResidentKind.Owner).OrderBy(o => o.MoveInDate).ThenBy(o => o.CreatedAt).Select(o => o.Name).FirstOrDefault());
}

internal sealed class ListUnitsValidator : AbstractValidator<ListUnits>
{
    public const int MaxLimit = 10_000;

    public ListUnitsValidator() => RuleFor(x => x.Limit).InclusiveBetween(1, MaxLimit);
}

/// <summary>Answers <see cref="ListUnits"/>: the company's units in id order after the given one (keyset paging).</summary>
internal sealed class ListUnitsHandler(CustomerServiceDbContext db) : IRequestHandler<ListUnits, Result<IReadOnlyList<UnitInfo>>>
{
    public async Task<Result<IReadOnlyList<UnitInfo>>> Handle(ListUnits request, CancellationToken cancellationToken)
    {
        var units = db.Units.AsNoTracking();
        if (request.PropertyId is { } propertyId)
        {
            units = units.Where(u => u.PropertyId == propertyId);
        }

        if (request.AfterUnitId is { } after)
        {
            units = units.Where(u => u.Id > after);
        }

        return await UnitInfos.Query(db, units.OrderBy(u => u.Id).Take(request.Limit)).ToListAsync(cancellationToken);
    }
}

/// <summary>Answers <see cref="FindUnit"/> for the current company; another company's unit is not found.</summary>
internal sealed class FindUnitHandler(CustomerServiceDbContext db) : IRequestHandler<FindUnit, Result<UnitInfo>>
{
    public async Task<Result<UnitInfo>> Handle(FindUnit request, CancellationToken cancellationToken)
    {
        var unit = await UnitInfos.Query(db, db.Units.AsNoTracking().Where(u => u.Id == request.UnitId)).FirstOrDefaultAsync(cancellationToken);
        return unit is null ? Error.NotFound(new("房屋", "Unit"), request.UnitId) : unit;
    }
}

/// <summary>Answers <see cref="FindOwner"/>: an owner record is one person in one unit.</summary>
internal sealed class FindOwnerHandler(CustomerServiceDbContext db) : IRequestHandler<FindOwner, Result<OwnerInfo>>
{
    public async Task<Result<OwnerInfo>> Handle(FindOwner request, CancellationToken cancellationToken)
    {
        var owner = await db.Owners.AsNoTracking()
            .Where(o => o.Id == request.OwnerId)
            .Select(o => new { o.Id, o.Name, o.Phone, o.Kind, o.UnitId })
            .FirstOrDefaultAsync(cancellationToken);
        return owner is null
            ? Error.NotFound(new("业主", "Owner"), request.OwnerId)
            : new OwnerInfo(owner.Id, owner.Name, owner.Phone, owner.Kind == ResidentKind.Owner, [owner.UnitId]);
    }
}

/// <summary>
/// Answers <see cref="CountComplaints"/>: complaints opened in [From, To) per property and category, from the report
/// figures for complete days up to their last refresh (see <see cref="ComplaintFigures"/>).
/// </summary>
internal sealed class CountComplaintsHandler(CustomerServiceDbContext db, ITenantContext tenant, TimeProvider clock)
    : IRequestHandler<CountComplaints, Result<IReadOnlyList<ComplaintCount>>>
{
    public async Task<Result<IReadOnlyList<ComplaintCount>>> Handle(CountComplaints request, CancellationToken cancellationToken)
    {
        var covered = await ComplaintFigures.CoveredThroughAsync(db, tenant.OrganizationId, cancellationToken);
        var figures = await ComplaintFigures.ByPropertyAsync(
            db, tenant, new ReportPeriod(request.From, request.To), covered, clock.StoredNow(), withFollowUps: false, propertyId: null, cancellationToken);
        return figures
            .SelectMany(p => p.Value.Categories
                .Where(c => c.Value > 0 && (request.Category is null || c.Key == request.Category))
                .Select(c => new ComplaintCount(p.Key, c.Key, c.Value)))
            .ToList();
    }
}
