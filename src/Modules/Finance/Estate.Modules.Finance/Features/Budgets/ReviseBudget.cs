using Estate.Modules.Finance.Contracts;
using Estate.Modules.Finance.Data;
using Estate.Modules.Finance.Domain;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Estate.Modules.Finance.Features.Budgets;

internal sealed record ReviseBudgetBody(decimal? Amount, string? Note, uint? Version);

/// <summary>Revises a budget's amount and note; what is already committed stays committed.</summary>
internal sealed record ReviseBudget(Guid Id, decimal? Amount, string? Note, uint? Version) : ICommand<Result<BudgetDetails>>;

internal sealed class ReviseBudgetValidator : AbstractValidator<ReviseBudget>
{
    public ReviseBudgetValidator()
    {
        RuleFor(x => x.Amount).NotNull().GreaterThanOrEqualTo(0).LessThanOrEqualTo(Budget.MaxAmount).PrecisionScale(14, 2, ignoreTrailingZeros: true);
        RuleFor(x => x.Note).MaximumLength(Budget.NoteMaxLength);
        RuleFor(x => x.Version).NotNull();
    }
}

internal sealed class ReviseBudgetHandler(FinanceDbContext db, BudgetLedger ledger, TimeProvider clock) : IRequestHandler<ReviseBudget, Result<BudgetDetails>>
{
    public async Task<Result<BudgetDetails>> Handle(ReviseBudget request, CancellationToken cancellationToken)
    {
        var budget = await db.FindToChangeAsync(db.Budgets.Where(b => b.Id == request.Id), b => b.Version, request.Version!.Value, cancellationToken);
        if (budget is null)
        {
            return Error.NotFound(new("预算", "Budget"), request.Id);
        }

        budget.Revise(request.Amount!.Value, request.Note, clock.StoredNow());
        await db.SaveChangesAsync(cancellationToken);
        return BudgetDetails.From(budget, await ledger.FiguresAsync(budget.Department, budget.Year, cancellationToken));
    }
}

internal static class ReviseBudgetEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPut("budgets/{id}", async (Guid id, ReviseBudgetBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ReviseBudget(id, body.Amount, body.Note, body.Version), cancellationToken)).ToOk())
            .WithName(nameof(ReviseBudget))
            .RequireAuthorization(FinancePermissions.ManageBudgets);
}
