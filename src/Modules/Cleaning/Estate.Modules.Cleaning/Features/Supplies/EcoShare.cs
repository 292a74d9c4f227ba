using Estate.Modules.Cleaning.Domain;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Cleaning.Features.Supplies;

internal sealed record PropertyEcoShare(Guid PropertyId, decimal TotalSpending, decimal EcoSpending, decimal? EcoSharePercent);

/// <summary>The share of supply spending that went to eco-friendly products: eco spending ÷ all spending, in percent.</summary>
internal static class EcoShare
{
    public static decimal? Percent(decimal eco, decimal total) => total == 0 ? null : decimal.Round(eco * 100 / total, 1, MidpointRounding.AwayFromZero);

    /// <summary>Spending per property for purchases dated in [from, to).</summary>
    public static async Task<IReadOnlyList<PropertyEcoShare>> ByPropertyAsync(IQueryable<SupplyPurchase> purchases, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var rows = await purchases.AsNoTracking()
            .Where(p => p.PurchasedOn >= from && p.PurchasedOn < to)
            .GroupBy(p => p.PropertyId)
            .Select(g => new { PropertyId = g.Key, Total = g.Sum(p => p.Total), Eco = g.Sum(p => p.IsEcoFriendly ? p.Total : 0m) })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new PropertyEcoShare(r.PropertyId, r.Total, r.Eco, Percent(r.Eco, r.Total)))];
    }
}
