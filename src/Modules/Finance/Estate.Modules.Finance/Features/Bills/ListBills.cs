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

namespace Estate.Modules.Finance.Features.Bills;

/// <summary>
/// Bills of the caller's properties, filtered as asked, by due date (oldest first), then building and unit unless
/// <paramref name="Sort"/> names another order (<see cref="BillQueries.SortKeys"/>).
/// </summary>
internal sealed record ListBills(
    int? Page, int? PageSize, string? Period, Guid? PropertyId, Guid? BuildingId, Guid? UnitId, Guid? FeeItemId, BillStatus? Status, bool? Overdue, string? Sort = null,
    Guid? BillingRunId = null)
    : IRequest<Result<PagedList<BillDetails>>>;

internal sealed class ListBillsValidator : AbstractValidator<ListBills>
{
    public ListBillsValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
        RuleFor(x => x.Period).Must(BillingPeriod.IsValid).When(x => x.Period is not null).WithMessage(_ => BillingPeriod.Message);
        RuleFor(x => x.Sort).Must(sort => BillQueries.SortKeys.Contains(sort)).When(x => x.Sort is not null).WithMessage(_ => BillQueries.SortMessage);
    }
}

internal sealed class ListBillsHandler(FinanceDbContext db, ITenantContext tenant, TimeProvider clock) : IRequestHandler<ListBills, Result<PagedList<BillDetails>>>
{
    public async Task<Result<PagedList<BillDetails>>> Handle(ListBills request, CancellationToken cancellationToken)
    {
        var today = CompanyCalendar.DateOf(clock.GetUtcNow(), tenant.TimeZone);
        var bills = db.Bills.AsNoTracking();
        if (request.Period is not null)
        {
            var period = BillingPeriod.Parse(request.Period);
            bills = bills.Where(b => b.Period == period);
        }

        if (request.PropertyId is { } propertyId)
        {
            bills = bills.Where(b => b.PropertyId == propertyId);
        }

        if (request.BuildingId is { } buildingId)
        {
            bills = bills.Where(b => b.BuildingId == buildingId);
        }

        if (request.UnitId is { } unitId)
        {
            bills = bills.Where(b => b.UnitId == unitId);
        }

        if (request.FeeItemId is { } feeItemId)
        {
            bills = bills.Where(b => b.FeeItemId == feeItemId);
        }

        if (request.BillingRunId is { } runId)
        {
            // A generation bills one period: naming it lets the unique key's index narrow the bills first.
            var runPeriod = await db.BillingRuns.AsNoTracking().Where(r => r.Id == runId).Select(r => (DateOnly?)r.Period).FirstOrDefaultAsync(cancellationToken);
            bills = runPeriod is { } period ? bills.Where(b => b.Period == period && b.BillingRunId == runId) : bills.Where(_ => false);
        }

        if (request.Status is { } status)
        {
            bills = bills.Where(BillQueries.HasStatus(status));
        }

        if (request.Overdue is { } overdue)
        {
            bills = overdue ? bills.Where(b => b.SettledAt == null && b.DueOn < today) : bills.Where(b => b.SettledAt != null || b.DueOn >= today);
        }

        return await BillQueries.Details(db, bills, today, request.Sort).ToPagedListAsync(request.Page, request.PageSize, cancellationToken);
    }
}

internal static class ListBillsEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("bills", async (
                    int? page, int? pageSize, string? period, Guid? propertyId, Guid? buildingId, Guid? unitId, Guid? feeItemId, QueryEnum<BillStatus>? status,
                    bool? overdue, string? sort, Guid? billingRunId, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(
                    new ListBills(page, pageSize, period, propertyId, buildingId, unitId, feeItemId, status?.Value, overdue, sort, billingRunId), cancellationToken)).ToOk())
            .WithName(nameof(ListBills))
            .RequireAuthorization(FinancePermissions.ReadAccounts);
}
