using Estate.Modules.Finance.Contracts;
using Estate.Modules.Finance.Data;
using Estate.Modules.Finance.Domain;
using Estate.SharedKernel.Persistence;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Ui;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Finance.Features.Bills;

/// <summary>
/// Bill generations, optionally of one period or one trigger, latest first unless <paramref name="Sort"/> names
/// another order (<see cref="SortKeys"/>).
/// </summary>
internal sealed record ListBillingRuns(int? Page, int? PageSize, string? Period, BillingTrigger? Trigger = null, string? Sort = null)
    : IRequest<Result<PagedList<BillingRunDetails>>>
{
    public static readonly IReadOnlyList<string> SortKeys =
        ["startedAt", "-startedAt", "period", "-period", "billsCreated", "-billsCreated", "amountCreated", "-amountCreated"];
}

internal sealed class ListBillingRunsValidator : AbstractValidator<ListBillingRuns>
{
    public ListBillingRunsValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
        RuleFor(x => x.Period).Must(BillingPeriod.IsValid).When(x => x.Period is not null).WithMessage(_ => BillingPeriod.Message);
        RuleFor(x => x.Trigger).IsInEnum();
        RuleFor(x => x.Sort).Must(sort => ListBillingRuns.SortKeys.Contains(sort)).When(x => x.Sort is not null)
            .WithMessage(_ => Texts.T("排序（sort）只能是 startedAt、period、billsCreated、amountCreated，可在前面加“-”表示倒序。",
                "'sort' must be one of startedAt, period, billsCreated, amountCreated, optionally preceded by '-'."));
    }
}

internal sealed class ListBillingRunsHandler(FinanceDbContext db, IUserDirectory users) : IRequestHandler<ListBillingRuns, Result<PagedList<BillingRunDetails>>>
{
    public async Task<Result<PagedList<BillingRunDetails>>> Handle(ListBillingRuns request, CancellationToken cancellationToken)
    {
        var query = db.BillingRuns.AsNoTracking();
        if (request.Period is not null)
        {
            var period = BillingPeriod.Parse(request.Period);
            query = query.Where(r => r.Period == period);
        }

        if (request.Trigger is { } trigger)
        {
            query = query.Where(r => r.Trigger == trigger);
        }

        var ordered = request.Sort switch
        {
            "startedAt" => query.OrderBy(r => r.StartedAt),
            "period" => query.OrderBy(r => r.Period).ThenByDescending(r => r.StartedAt),
            "-period" => query.OrderByDescending(r => r.Period).ThenByDescending(r => r.StartedAt),
            "billsCreated" => query.OrderBy(r => r.BillsCreated).ThenByDescending(r => r.StartedAt),
            "-billsCreated" => query.OrderByDescending(r => r.BillsCreated).ThenByDescending(r => r.StartedAt),
            "amountCreated" => query.OrderBy(r => r.AmountCreated).ThenByDescending(r => r.StartedAt),
            "-amountCreated" => query.OrderByDescending(r => r.AmountCreated).ThenByDescending(r => r.StartedAt),
            _ => query.OrderByDescending(r => r.StartedAt),
        };
        var page = await ordered.ThenByDescending(r => r.Id).ToPagedListAsync(request.Page, request.PageSize, cancellationToken);
        var names = await BillingRunRequesters.NamesAsync(users, page.Items.Select(r => r.RequestedByUserId), cancellationToken);
        return new PagedList<BillingRunDetails>(
            [.. page.Items.Select(r => BillingRunDetails.From(r) with { RequestedByName = r.RequestedByUserId is { } id ? names.GetValueOrDefault(id) : null })],
            page.Page, page.PageSize, page.TotalCount);
    }
}

internal static class ListBillingRunsEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("billing-runs", async (
                    int? page, int? pageSize, string? period, QueryEnum<BillingTrigger>? trigger, string? sort, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListBillingRuns(page, pageSize, period, trigger?.Value, sort), cancellationToken)).ToOk())
            .WithName(nameof(ListBillingRuns))
            .RequireAuthorization(FinancePermissions.Read);
}

/// <summary>Names of the users who asked for generations, looked up once each.</summary>
internal static class BillingRunRequesters
{
    public static async Task<Dictionary<Guid, string>> NamesAsync(IUserDirectory users, IEnumerable<Guid?> userIds, CancellationToken cancellationToken)
    {
        var names = new Dictionary<Guid, string>();
        foreach (var id in userIds.OfType<Guid>().Distinct())
        {
            if (await users.FindAsync(id, cancellationToken) is { } user)
            {
                names[id] = user.DisplayName;
            }
        }

        return names;
    }
}
