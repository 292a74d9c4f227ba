using System.Linq.Expressions;
using Estate.Modules.Finance.Domain;

namespace Estate.Modules.Finance.Features.Expenses;

internal sealed record ExpenseDetails(
    Guid Id,
    Guid BudgetId,
    string Department,
    int Year,
    Guid? FundRequestId,
    decimal Amount,
    DateOnly SpentOn,
    string Description,
    string? Payee,
    Guid? PropertyId,
    DateTimeOffset RecordedAt,
    Guid? RecordedByUserId)
{
    public static readonly Expression<Func<Expense, ExpenseDetails>> Projection = e => new ExpenseDetails(
        e.Id, e.BudgetId, e.Department, e.Year, e.FundRequestId, e.Amount, e.SpentOn, e.Description, e.Payee, e.PropertyId, e.RecordedAt, e.RecordedByUserId);

    private static readonly Func<Expense, ExpenseDetails> FromEntity = Projection.Compile();

    public static ExpenseDetails From(Expense expense) => FromEntity(expense);
}
