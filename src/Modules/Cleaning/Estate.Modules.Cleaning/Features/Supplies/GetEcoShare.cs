using Estate.SharedKernel.Reports;
using Estate.Modules.Cleaning.Contracts;
using Estate.Modules.Cleaning.Data;
using Estate.Modules.Cleaning.Domain;
using Estate.Modules.Cleaning.Reports;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Estate.Modules.Cleaning.Features.Supplies;

internal sealed record EcoShareDetails(
    DateOnly From,
    DateOnly To,
    decimal TotalSpending,
    decimal EcoSpending,
    decimal? EcoSharePercent,
    IReadOnlyList<PropertyEcoShare> ByProperty);

/// <summary>The eco-friendly share of supply spending for purchases dated in [from, to) (local dates; the last 30 days by default).</summary>
internal sealed record GetEcoShare(DateOnly? From, DateOnly? To, Guid? PropertyId) : IRequest<Result<EcoShareDetails>>;

internal sealed class GetEcoShareHandler(CleaningDbContext db, ITenantContext tenant, TimeProvider clock) : IRequestHandler<GetEcoShare, Result<EcoShareDetails>>
{
    public async Task<Result<EcoShareDetails>> Handle(GetEcoShare request, CancellationToken cancellationToken)
    {
        var period = ReportDays.Resolve(request.From, request.To, CompanyCalendar.DateOf(clock.GetUtcNow(), tenant.TimeZone));
        if (!period.IsSuccess)
        {
            return period.Error!;
        }

        var (from, to) = period.Value;
        var purchases = request.PropertyId is { } propertyId ? db.SupplyPurchases.Where(p => p.PropertyId == propertyId) : db.SupplyPurchases;
        var byProperty = await EcoShare.ByPropertyAsync(purchases, from, to, cancellationToken);
        var total = byProperty.Sum(p => p.TotalSpending);
        var eco = byProperty.Sum(p => p.EcoSpending);
        return new EcoShareDetails(from, to, total, eco, EcoShare.Percent(eco, total), byProperty);
    }
}

internal static class GetEcoShareEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("supply-purchases/eco-share", async (DateOnly? from, DateOnly? to, Guid? propertyId, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetEcoShare(from, to, propertyId), cancellationToken)).ToOk())
            .WithName(nameof(GetEcoShare))
            .RequireAuthorization(CleaningPermissions.Read);
}
