using Estate.Modules.Finance.Contracts;
using Estate.Modules.Finance.Data;
using Estate.Modules.Finance.Domain;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Ui;
using Estate.SharedKernel.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Finance.Features.Arrears;

/// <summary>Overdue amounts in one age band: <c>0-30</c>, <c>31-90</c>, <c>91-180</c> or <c>over-180</c> days past due.</summary>
internal sealed record ArrearsBucket(string Code, int FromDays, int? ToDays, decimal Amount);

internal sealed record BuildingArrears(Guid BuildingId, string BuildingName, decimal Total, int Units, IReadOnlyList<ArrearsBucket> Ageing);

internal sealed record PropertyArrears(Guid PropertyId, string PropertyName, decimal Total, int Units, IReadOnlyList<ArrearsBucket> Ageing, IReadOnlyList<BuildingArrears> ByBuilding);

internal sealed record ArrearsSummary(DateOnly AsOf, decimal Total, int Bills, int Units, IReadOnlyList<ArrearsBucket> Ageing, IReadOnlyList<PropertyArrears> ByProperty);

/// <summary>Arrears and their ageing at the end of a company day (today unless given), per property and building.</summary>
internal sealed record GetArrears(DateOnly? AsOf, Guid? PropertyId, Guid? BuildingId) : IRequest<Result<ArrearsSummary>>;

internal sealed class GetArrearsHandler(ArrearsLedger ledger, FinanceDbContext db, IPropertyDirectory properties, ITenantContext tenant, TimeProvider clock)
    : IRequestHandler<GetArrears, Result<ArrearsSummary>>
{
    public async Task<Result<ArrearsSummary>> Handle(GetArrears request, CancellationToken cancellationToken)
    {
        var today = CompanyCalendar.DateOf(clock.GetUtcNow(), tenant.TimeZone);
        if (request.AsOf > today)
        {
            return Error.Invalid("asOf", Texts.T("欠费只能查询到今天为止。", "Arrears are known up to today."));
        }

        var day = request.AsOf ?? today;
        var figures = await ledger.ByBuildingAsync(day, request.PropertyId, request.BuildingId, cancellationToken);
        var buildingIds = figures.Select(f => f.BuildingId).Distinct().ToList();
        var buildingNames = (await db.Units.AsNoTracking()
                .Where(u => buildingIds.Contains(u.BuildingId))
                .Select(u => new { u.BuildingId, u.BuildingName })
                .Distinct()
                .ToListAsync(cancellationToken))
            .GroupBy(b => b.BuildingId)
            .ToDictionary(g => g.Key, g => g.Min(b => b.BuildingName)!);
        var propertyNames = (await properties.ListAsync(cancellationToken)).ToDictionary(p => p.Id, p => p.Name);

        var byProperty = figures
            .GroupBy(f => f.PropertyId)
            .Select(p => new PropertyArrears(
                p.Key,
                propertyNames.GetValueOrDefault(p.Key, ""),
                p.Sum(f => f.Total),
                p.Sum(f => f.Units),
                Ageing(p),
                [
                    .. p.OrderBy(f => buildingNames.GetValueOrDefault(f.BuildingId, ""), StringComparer.Ordinal)
                        .Select(f => new BuildingArrears(f.BuildingId, buildingNames.GetValueOrDefault(f.BuildingId, ""), f.Total, f.Units, Ageing([f]))),
                ]))
            .OrderBy(p => p.PropertyName, StringComparer.Ordinal)
            .ToList();
        return new ArrearsSummary(day, figures.Sum(f => f.Total), figures.Sum(f => f.Bills), figures.Sum(f => f.Units), Ageing(figures), byProperty);
    }

    public static IReadOnlyList<ArrearsBucket> Ageing(IEnumerable<ArrearsFigures> figures)
    {
        var list = figures.ToList();
        return
        [
            new("0-30", 0, ArrearsLedger.FirstBucketDays, list.Sum(f => f.Days0To30)),
            new("31-90", ArrearsLedger.FirstBucketDays + 1, ArrearsLedger.SecondBucketDays, list.Sum(f => f.Days31To90)),
            new("91-180", ArrearsLedger.SecondBucketDays + 1, ArrearsLedger.ThirdBucketDays, list.Sum(f => f.Days91To180)),
            new("over-180", ArrearsLedger.ThirdBucketDays + 1, null, list.Sum(f => f.Over180Days)),
        ];
    }
}

internal static class GetArrearsEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("arrears", async (DateOnly? asOf, Guid? propertyId, Guid? buildingId, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetArrears(asOf, propertyId, buildingId), cancellationToken)).ToOk())
            .WithName(nameof(GetArrears))
            .WithSummary("Arrears (overdue, unpaid) and their ageing: 0-30, 31-90, 91-180 and over 180 days past due, per property and building")
            .RequireAuthorization(FinancePermissions.Read);
}
