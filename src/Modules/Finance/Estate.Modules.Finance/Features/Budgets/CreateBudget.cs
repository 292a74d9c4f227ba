using Estate.Modules.Finance.Contracts;
using Estate.Modules.Finance.Data;
using Estate.Modules.Finance.Domain;
using Estate.Modules.Finance.Pages;
using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Results;
using Estate.SharedKernel.Tenancy;
using Estate.SharedKernel.Ui;
using Estate.SharedKernel.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Finance.Features.Budgets;

/// <summary>Sets a department's budget for a calendar year (one per department and year); also the HTTP body.</summary>
internal sealed record CreateBudget(string Department, int? Year, decimal? Amount, string? Note) : ICommand<Result<BudgetDetails>>;

internal sealed class CreateBudgetValidator : AbstractValidator<CreateBudget>
{
    public CreateBudgetValidator()
    {
        RuleFor(x => x.Department).NotEmpty().MaximumLength(Budget.DepartmentMaxLength);
        RuleFor(x => x.Year).NotNull().InclusiveBetween(Budget.MinYear, Budget.MaxYear);
        RuleFor(x => x.Amount).NotNull().GreaterThanOrEqualTo(0).LessThanOrEqualTo(Budget.MaxAmount).PrecisionScale(14, 2, ignoreTrailingZeros: true);
        RuleFor(x => x.Note).MaximumLength(Budget.NoteMaxLength);
    }
}

internal sealed class CreateBudgetHandler(FinanceDbContext db, BudgetLedger ledger, ITenantContext tenant, TimeProvider clock)
    : IRequestHandler<CreateBudget, Result<BudgetDetails>>
{
    public async Task<Result<BudgetDetails>> Handle(CreateBudget request, CancellationToken cancellationToken)
    {
        var department = request.Department.Trim();
        if (await db.Budgets.AnyAsync(b => b.Department == department && b.Year == request.Year, cancellationToken))
        {
            return Error.Conflict("budget.exists", Texts.T($"{FinanceTexts.Department(department)}已有 {request.Year} 年预算，请修订该预算。", $"{department} already has a budget for {request.Year}; revise that one."));
        }

        var budget = Budget.Set(tenant.OrganizationId, department, request.Year!.Value, request.Amount!.Value, request.Note, clock.StoredNow());
        db.Budgets.Add(budget);
        await db.SaveChangesAsync(cancellationToken);
        return BudgetDetails.From(budget, await ledger.FiguresAsync(budget.Department, budget.Year, cancellationToken));
    }
}

internal static class CreateBudgetEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("budgets", async (CreateBudget request, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(request, cancellationToken)).ToCreated(b => $"/api/finance/budgets/{b.Id}"))
            .WithName(nameof(CreateBudget))
            .WithSummary("Sets a department's budget for a calendar year")
            .RequireAuthorization(FinancePermissions.ManageBudgets);
}
