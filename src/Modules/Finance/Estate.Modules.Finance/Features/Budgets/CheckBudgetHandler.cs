using Estate.Modules.Finance.Contracts;
using Estate.SharedKernel.Results;
using FluentValidation;
using MediatR;

namespace Estate.Modules.Finance.Features.Budgets;

internal sealed class CheckBudgetValidator : AbstractValidator<CheckBudget>
{
    public CheckBudgetValidator() => RuleFor(x => x.Department).NotEmpty();
}

/// <summary>Answers <see cref="CheckBudget"/> for other modules: what is left of the department's budget for the year of the given day.</summary>
internal sealed class CheckBudgetHandler(BudgetLedger ledger) : IRequestHandler<CheckBudget, Result<BudgetCheck>>
{
    public async Task<Result<BudgetCheck>> Handle(CheckBudget request, CancellationToken cancellationToken)
    {
        var figures = await ledger.FiguresAsync(request.Department.Trim(), request.On.Year, cancellationToken);
        return new BudgetCheck(figures.Budget, figures.Committed, figures.Remaining, request.Amount <= figures.Remaining);
    }
}
