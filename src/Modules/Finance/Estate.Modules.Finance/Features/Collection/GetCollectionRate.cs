using Estate.Modules.Finance.Contracts;
using Estate.Modules.Finance.Data;
using Estate.Modules.Finance.Domain;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Finance.Features.Collection;

internal enum CollectionGrouping
{
    Property,
    Building,
    FeeItem,
}

/// <summary>Due and received on a period's bills for one property, building or fee item; the rate is received ÷ due in %.</summary>
internal sealed record CollectionLine(Guid Id, string Name, Guid? PropertyId, decimal Due, decimal Received, decimal Outstanding, decimal? Rate);

internal sealed record CollectionRate(string Period, CollectionGrouping By, decimal Due, decimal Received, decimal Outstanding, decimal? Rate, IReadOnlyList<CollectionLine> Lines);

/// <summary>
/// The collection rate (收缴率) of a billing period: what was received on its bills so far ÷ what they charged, for
/// the caller's properties, per property, building or fee item.
/// </summary>
internal sealed record GetCollectionRate(string? Period, CollectionGrouping? By, Guid? PropertyId) : IRequest<Result<CollectionRate>>;

internal sealed class GetCollectionRateValidator : AbstractValidator<GetCollectionRate>
{
    public GetCollectionRateValidator() =>
        RuleFor(x => x.Period).NotEmpty().Must(BillingPeriod.IsValid).WithMessage(_ => BillingPeriod.Message);
}

internal sealed class GetCollectionRateHandler(FinanceDbContext db, IPropertyDirectory properties) : IRequestHandler<GetCollectionRate, Result<CollectionRate>>
{
    private sealed record Group(Guid Id, decimal Due, decimal Received);

    public async Task<Result<CollectionRate>> Handle(GetCollectionRate request, CancellationToken cancellationToken)
    {
        var period = BillingPeriod.Parse(request.Period!);
        var by = request.By ?? CollectionGrouping.Property;
        var bills = db.Bills.AsNoTracking().Where(b => b.Period == period);
        if (request.PropertyId is { } propertyId)
        {
            bills = bills.Where(b => b.PropertyId == propertyId);
        }

        var groups = await (by switch
            {
                CollectionGrouping.Building => bills.GroupBy(b => b.BuildingId),
                CollectionGrouping.FeeItem => bills.GroupBy(b => b.FeeItemId),
                _ => bills.GroupBy(b => b.PropertyId),
            })
            .Select(g => new Group(g.Key, g.Sum(b => b.AmountDue), g.Sum(b => b.AmountPaid)))
            .ToListAsync(cancellationToken);
        var names = await NamesAsync(by, [.. groups.Select(g => g.Id)], cancellationToken);
        var lines = groups
            .Select(g => new CollectionLine(g.Id, names.GetValueOrDefault(g.Id).Name ?? "", names.GetValueOrDefault(g.Id).PropertyId, g.Due, g.Received, g.Due - g.Received, Rate(g.Received, g.Due)))
            .OrderBy(l => l.Name, StringComparer.Ordinal)
            .ToList();
        var (due, received) = (groups.Sum(g => g.Due), groups.Sum(g => g.Received));
        return new CollectionRate(BillingPeriod.Name(period), by, due, received, due - received, Rate(received, due), lines);
    }

    /// <summary>Received ÷ due in %, one decimal; none when nothing was due.</summary>
    public static decimal? Rate(decimal received, decimal due) => due == 0 ? null : Math.Round(received * 100m / due, 1, MidpointRounding.AwayFromZero);

    private async Task<Dictionary<Guid, (string? Name, Guid? PropertyId)>> NamesAsync(CollectionGrouping by, List<Guid> ids, CancellationToken cancellationToken)
    {
        switch (by)
        {
            case CollectionGrouping.Building:
                var buildings = await db.Units.AsNoTracking()
                    .Where(u => ids.Contains(u.BuildingId))
                    .Select(u => new { u.BuildingId, u.BuildingName, u.PropertyId })
                    .Distinct()
                    .ToListAsync(cancellationToken);
                return buildings.GroupBy(b => b.BuildingId).ToDictionary(g => g.Key, g => ((string?)g.First().BuildingName, (Guid?)g.First().PropertyId));
            case CollectionGrouping.FeeItem:
                var items = await db.FeeItems.AsNoTracking().Where(f => ids.Contains(f.Id)).Select(f => new { f.Id, f.Name, f.PropertyId }).ToListAsync(cancellationToken);
                return items.ToDictionary(f => f.Id, f => ((string?)f.Name, f.PropertyId));
            default:
                var visible = await properties.ListAsync(cancellationToken);
                return visible.ToDictionary(p => p.Id, p => ((string?)p.Name, (Guid?)p.Id));
        }
    }
}

internal static class GetCollectionRateEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("collection", async (string? period, QueryEnum<CollectionGrouping>? by, Guid? propertyId, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetCollectionRate(period, by?.Value, propertyId), cancellationToken)).ToOk())
            .WithName(nameof(GetCollectionRate))
            .WithSummary("Collection rate (received ÷ due) of a billing period (yyyy-MM), by property, building or feeItem")
            .RequireAuthorization(FinancePermissions.Read);
}
