using Estate.Modules.Finance.Contracts;
using Estate.Modules.Finance.Data;
using Estate.Modules.Finance.Domain;
using Microsoft.EntityFrameworkCore;

namespace Estate.Modules.Finance.Features.Budgets;

/// <summary>A department's budget for a year and what is charged to it.</summary>
/// <param name="Committed">Approved fund requests plus expenses booked outside them: what the department may no longer count on.</param>
/// <param name="Spent">Every expense booked (inside approved fund requests or not).</param>
internal sealed record BudgetFigures(string Department, int Year, decimal Budget, decimal Committed, decimal Spent)
{
    public decimal Remaining => Budget - Committed;
}

/// <summary>
/// What is charged to departments' yearly budgets. A fund request is charged at its approval, to the year it was
/// decided in; expenses against it use that approval up rather than adding to it; expenses outside fund requests
/// are charged when booked. Requests still waiting charge nothing.
/// </summary>
internal sealed class BudgetLedger(FinanceDbContext db)
{
    public async Task<BudgetFigures> FiguresAsync(string department, int year, CancellationToken cancellationToken)
    {
        var budget = await db.Budgets.AsNoTracking().Where(b => b.Department == department && b.Year == year).Select(b => (decimal?)b.Amount).FirstOrDefaultAsync(cancellationToken);
        var (committed, spent) = await ChargedAsync(department, year, null, cancellationToken);
        return new BudgetFigures(department, year, budget ?? 0, committed, spent);
    }

    /// <summary>Every department with a budget or a charge in <paramref name="year"/>, as things stood before <paramref name="before"/> (or now).</summary>
    public async Task<List<BudgetFigures>> AllAsync(int year, DateTimeOffset? before, CancellationToken cancellationToken)
    {
        var budgets = await db.Budgets.AsNoTracking().Where(b => b.Year == year).ToDictionaryAsync(b => b.Department, b => b.Amount, cancellationToken);
        var approvals = db.FundRequests.AsNoTracking()
            .Where(f => f.BudgetYear == year && (f.Status == FundRequestStatus.Approved || f.Status == FundRequestStatus.PartlyApproved));
        var expenses = db.Expenses.AsNoTracking().Where(e => e.Year == year);
        if (before is { } instant)
        {
            approvals = approvals.Where(f => f.DecidedAt < instant);
            expenses = expenses.Where(e => e.RecordedAt < instant);
        }

        var approved = await approvals.GroupBy(f => f.Department).Select(g => new { g.Key, Amount = g.Sum(f => f.ApprovedAmount ?? 0) })
            .ToDictionaryAsync(g => g.Key, g => g.Amount, cancellationToken);
        var booked = await expenses.GroupBy(e => e.Department)
            .Select(g => new { g.Key, Outside = g.Where(e => e.FundRequestId == null).Sum(e => e.Amount), All = g.Sum(e => e.Amount) })
            .ToDictionaryAsync(g => g.Key, g => (g.Outside, g.All), cancellationToken);
        return
        [
            .. budgets.Keys.Union(approved.Keys).Union(booked.Keys).Order(StringComparer.Ordinal)
                .Select(d => new BudgetFigures(
                    d, year, budgets.GetValueOrDefault(d), approved.GetValueOrDefault(d) + booked.GetValueOrDefault(d).Outside, booked.GetValueOrDefault(d).All)),
        ];
    }

    private async Task<(decimal Committed, decimal Spent)> ChargedAsync(string department, int year, DateTimeOffset? before, CancellationToken cancellationToken)
    {
        var approvals = db.FundRequests.AsNoTracking()
            .Where(f => f.Department == department && f.BudgetYear == year && (f.Status == FundRequestStatus.Approved || f.Status == FundRequestStatus.PartlyApproved));
        var expenses = db.Expenses.AsNoTracking().Where(e => e.Department == department && e.Year == year);
        if (before is { } instant)
        {
            approvals = approvals.Where(f => f.DecidedAt < instant);
            expenses = expenses.Where(e => e.RecordedAt < instant);
        }

        var approved = await approvals.SumAsync(f => f.ApprovedAmount ?? 0, cancellationToken);
        var outside = await expenses.Where(e => e.FundRequestId == null).SumAsync(e => e.Amount, cancellationToken);
        var spent = await expenses.SumAsync(e => e.Amount, cancellationToken);
        return (approved + outside, spent);
    }
}
