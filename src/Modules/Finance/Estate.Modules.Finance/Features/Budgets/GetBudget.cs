using Estate.Modules.Finance.Contracts;
using Estate.Modules.Finance.Data;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Finance.Features.Budgets;

internal sealed record GetBudget(Guid Id) : IRequest<Result<BudgetDetails>>;

internal sealed class GetBudgetHandler(FinanceDbContext db, BudgetLedger ledger) : IRequestHandler<GetBudget, Result<BudgetDetails>>
{
    public async Task<Result<BudgetDetails>> Handle(GetBudget request, CancellationToken cancellationToken)
    {
        var budget = await db.Budgets.AsNoTracking().FirstOrDefaultAsync(b => b.Id == request.Id, cancellationToken);
        return budget is null
            ? Error.NotFound(new("预算", "Budget"), request.Id)
            : BudgetDetails.From(budget, await ledger.FiguresAsync(budget.Department, budget.Year, cancellationToken));
    }
}

internal static class GetBudgetEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("budgets/{id}", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetBudget(id), cancellationToken)).ToOk())
            .WithName(nameof(GetBudget))
            .RequireAuthorization(FinancePermissions.Read);
}
