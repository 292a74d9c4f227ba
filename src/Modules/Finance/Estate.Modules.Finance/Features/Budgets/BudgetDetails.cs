using Estate.Modules.Finance.Domain;

namespace Estate.Modules.Finance.Features.Budgets;

/// <summary>A budget with what is committed and spent against it; <c>usedRate</c> is committed ÷ budget in %.</summary>
internal sealed record BudgetDetails(
    Guid Id,
    string Department,
    int Year,
    decimal Amount,
    decimal Committed,
    decimal Spent,
    decimal Remaining,
    decimal? UsedRate,
    string? Note,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    uint Version)
{
    public static BudgetDetails From(Budget budget, BudgetFigures figures) => new(
        budget.Id, budget.Department, budget.Year, budget.Amount, figures.Committed, figures.Spent, budget.Amount - figures.Committed,
        RateOfUse(figures.Committed, budget.Amount), budget.Note, budget.CreatedAt, budget.UpdatedAt, budget.Version);

    public static decimal? RateOfUse(decimal committed, decimal budget) =>
        budget == 0 ? null : Math.Round(committed * 100m / budget, 1, MidpointRounding.AwayFromZero);
}
