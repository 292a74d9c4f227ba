using Estate.Modules.Finance.Contracts;
using Estate.Modules.Finance.Data;
using Estate.Modules.Finance.Domain;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Ui;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Finance.Features.Expenses;

/// <summary>
/// Books money spent against a department's budget (of the year it was spent in), optionally against one of its
/// approved fund requests, whose approved amount the bookings may not exceed; also the HTTP body.
/// </summary>
internal sealed record RecordExpense(
    Guid? BudgetId, Guid? FundRequestId, decimal? Amount, DateOnly? SpentOn, string Description, string? Payee, Guid? PropertyId)
    : ICommand<Result<ExpenseDetails>>;

internal sealed class RecordExpenseValidator : AbstractValidator<RecordExpense>
{
    public RecordExpenseValidator()
    {
        RuleFor(x => x.BudgetId).NotEmpty();
        RuleFor(x => x.Amount).NotNull().GreaterThan(0).LessThanOrEqualTo(Expense.MaxAmount).PrecisionScale(14, 2, ignoreTrailingZeros: true);
        RuleFor(x => x.SpentOn).NotNull();
        RuleFor(x => x.Description).NotEmpty().MaximumLength(Expense.DescriptionMaxLength);
        RuleFor(x => x.Payee).MaximumLength(Expense.PayeeMaxLength);
    }
}

internal sealed class RecordExpenseHandler(FinanceDbContext db, IPropertyDirectory properties, ITenantContext tenant, TimeProvider clock)
    : IRequestHandler<RecordExpense, Result<ExpenseDetails>>
{
    public async Task<Result<ExpenseDetails>> Handle(RecordExpense request, CancellationToken cancellationToken)
    {
        var now = clock.StoredNow();
        if (request.SpentOn > CompanyCalendar.DateOf(now, tenant.TimeZone))
        {
            return Error.Invalid("spentOn", Texts.T("支出须在实际花费后登记。", "An expense is booked once the money is spent."));
        }

        var budget = await db.Budgets.AsNoTracking().FirstOrDefaultAsync(b => b.Id == request.BudgetId, cancellationToken);
        if (budget is null)
        {
            return Error.Invalid("budgetId", Texts.T("预算不存在。", "Unknown budget."));
        }

        if (request.PropertyId is { } propertyId && await properties.FindAsync(propertyId, cancellationToken) is null)
        {
            return Error.Invalid("propertyId", Texts.T("小区不存在。", "Unknown property."));
        }

        FundRequest? fundRequest = null;
        var spentOnRequest = 0m;
        if (request.FundRequestId is { } fundRequestId)
        {
            // Locked, so two bookings at once cannot both fit into what is left of the approval.
            fundRequest = await db.FundRequests
                .FromSql($"SELECT *, xmin FROM finance.fund_requests WHERE organization_id = {tenant.OrganizationId} AND id = {fundRequestId} FOR UPDATE")
                .AsNoTracking()
                .FirstOrDefaultAsync(cancellationToken);
            if (fundRequest is null)
            {
                return Error.Invalid("fundRequestId", Texts.T("资金申请不存在。", "Unknown fund request."));
            }

            spentOnRequest = await db.Expenses.Where(e => e.FundRequestId == fundRequestId).SumAsync(e => e.Amount, cancellationToken);
        }

        var expense = Expense.Book(
            budget, fundRequest, spentOnRequest, request.Amount!.Value, request.SpentOn!.Value, request.Description, request.Payee, request.PropertyId,
            tenant.UserId, now);
        db.Expenses.Add(expense);
        return ExpenseDetails.From(expense);
    }
}

internal static class RecordExpenseEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("expenses", async (RecordExpense request, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(request, cancellationToken)).ToCreated(e => $"/api/finance/expenses/{e.Id}"))
            .WithName(nameof(RecordExpense))
            .RequireAuthorization(FinancePermissions.RecordExpenses);
}
