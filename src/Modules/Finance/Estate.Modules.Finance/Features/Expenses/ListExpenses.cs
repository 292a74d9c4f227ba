using Estate.Modules.Finance.Contracts;
using Estate.Modules.Finance.Data;
using Estate.SharedKernel.Persistence;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Ui;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Finance.Features.Expenses;

/// <summary>Expenses, latest spent first; <paramref name="From"/> and <paramref name="To"/> bound the day spent, both included.</summary>
internal sealed record ListExpenses(int? Page, int? PageSize, Guid? BudgetId, string? Department, Guid? FundRequestId, DateOnly? From, DateOnly? To)
    : IRequest<Result<PagedList<ExpenseDetails>>>;

internal sealed class ListExpensesValidator : AbstractValidator<ListExpenses>
{
    public ListExpensesValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).When(x => x.From is not null && x.To is not null).WithMessage(_ => Texts.T("结束日期（to）不能早于开始日期（from）。", "'to' must not be before 'from'."));
    }
}

internal sealed class ListExpensesHandler(FinanceDbContext db) : IRequestHandler<ListExpenses, Result<PagedList<ExpenseDetails>>>
{
    public async Task<Result<PagedList<ExpenseDetails>>> Handle(ListExpenses request, CancellationToken cancellationToken)
    {
        var expenses = db.Expenses.AsNoTracking();
        if (request.BudgetId is { } budgetId)
        {
            expenses = expenses.Where(e => e.BudgetId == budgetId);
        }

        if (!string.IsNullOrWhiteSpace(request.Department))
        {
            expenses = expenses.Where(e => e.Department == request.Department.Trim());
        }

        if (request.FundRequestId is { } fundRequestId)
        {
            expenses = expenses.Where(e => e.FundRequestId == fundRequestId);
        }

        if (request.From is { } from)
        {
            expenses = expenses.Where(e => e.SpentOn >= from);
        }

        if (request.To is { } to)
        {
            expenses = expenses.Where(e => e.SpentOn <= to);
        }

        return await expenses.OrderByDescending(e => e.SpentOn).ThenByDescending(e => e.RecordedAt).ThenByDescending(e => e.Id)
            .Select(ExpenseDetails.Projection)
            .ToPagedListAsync(request.Page, request.PageSize, cancellationToken);
    }
}

internal static class ListExpensesEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("expenses", async (
                    int? page, int? pageSize, Guid? budgetId, string? department, Guid? fundRequestId, DateOnly? from, DateOnly? to, IMediator mediator,
                    CancellationToken cancellationToken) =>
                (await mediator.Send(new ListExpenses(page, pageSize, budgetId, department, fundRequestId, from, to), cancellationToken)).ToOk())
            .WithName(nameof(ListExpenses))
            .RequireAuthorization(FinancePermissions.ReadAccounts);
}
