using Estate.Modules.Finance.Contracts;
using Estate.Modules.Finance.Data;
using Estate.Modules.Finance.Domain;
using Estate.SharedKernel.Persistence;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Finance.Features.Bills;

/// <summary>Bill generations, latest first, optionally of one period.</summary>
internal sealed record ListBillingRuns(int? Page, int? PageSize, string? Period) : IRequest<Result<PagedList<BillingRunDetails>>>;

internal sealed class ListBillingRunsValidator : AbstractValidator<ListBillingRuns>
{
    public ListBillingRunsValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
        RuleFor(x => x.Period).Must(BillingPeriod.IsValid).When(x => x.Period is not null).WithMessage(_ => BillingPeriod.Message);
    }
}

internal sealed class ListBillingRunsHandler(FinanceDbContext db) : IRequestHandler<ListBillingRuns, Result<PagedList<BillingRunDetails>>>
{
    public async Task<Result<PagedList<BillingRunDetails>>> Handle(ListBillingRuns request, CancellationToken cancellationToken)
    {
        var query = db.BillingRuns.AsNoTracking();
        if (request.Period is not null)
        {
            var period = BillingPeriod.Parse(request.Period);
            query = query.Where(r => r.Period == period);
        }

        var page = await query.OrderByDescending(r => r.StartedAt).ThenByDescending(r => r.Id).ToPagedListAsync(request.Page, request.PageSize, cancellationToken);
        return new PagedList<BillingRunDetails>([.. page.Items.Select(BillingRunDetails.From)], page.Page, page.PageSize, page.TotalCount);
    }
}

internal static class ListBillingRunsEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("billing-runs", async (int? page, int? pageSize, string? period, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListBillingRuns(page, pageSize, period), cancellationToken)).ToOk())
            .WithName(nameof(ListBillingRuns))
            .RequireAuthorization(FinancePermissions.Read);
}
