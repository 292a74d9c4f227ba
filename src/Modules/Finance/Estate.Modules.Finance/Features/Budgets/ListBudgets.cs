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

namespace Estate.Modules.Finance.Features.Budgets;

/// <summary>Budgets with their use, latest year first, then by department.</summary>
internal sealed record ListBudgets(int? Page, int? PageSize, int? Year, string? Department) : IRequest<Result<PagedList<BudgetDetails>>>;

internal sealed class ListBudgetsValidator : AbstractValidator<ListBudgets>
{
    public ListBudgetsValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
        RuleFor(x => x.Year).InclusiveBetween(Budget.MinYear, Budget.MaxYear);
    }
}

internal sealed class ListBudgetsHandler(FinanceDbContext db, BudgetLedger ledger) : IRequestHandler<ListBudgets, Result<PagedList<BudgetDetails>>>
{
    public async Task<Result<PagedList<BudgetDetails>>> Handle(ListBudgets request, CancellationToken cancellationToken)
    {
        var budgets = db.Budgets.AsNoTracking();
        if (request.Year is { } year)
        {
            budgets = budgets.Where(b => b.Year == year);
        }

        if (!string.IsNullOrWhiteSpace(request.Department))
        {
            budgets = budgets.Where(b => b.Department == request.Department.Trim());
        }

        var page = await budgets.OrderByDescending(b => b.Year).ThenBy(b => b.Department).ThenBy(b => b.Id)
            .ToPagedListAsync(request.Page, request.PageSize, cancellationToken);
        var figures = new Dictionary<int, List<BudgetFigures>>();
        foreach (var budgetYear in page.Items.Select(b => b.Year).Distinct())
        {
            figures[budgetYear] = await ledger.AllAsync(budgetYear, null, cancellationToken);
        }

        return new PagedList<BudgetDetails>(
            [.. page.Items.Select(b => BudgetDetails.From(b, figures[b.Year].Single(f => f.Department == b.Department)))], page.Page, page.PageSize, page.TotalCount);
    }
}

internal static class ListBudgetsEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("budgets", async (int? page, int? pageSize, int? year, string? department, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListBudgets(page, pageSize, year, department), cancellationToken)).ToOk())
            .WithName(nameof(ListBudgets))
            .RequireAuthorization(FinancePermissions.Read);
}
