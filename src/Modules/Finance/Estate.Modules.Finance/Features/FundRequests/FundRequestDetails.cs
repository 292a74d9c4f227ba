using System.Linq.Expressions;
using Estate.Modules.Finance.Contracts;
using Estate.Modules.Finance.Data;
using Estate.Modules.Finance.Domain;

namespace Estate.Modules.Finance.Features.FundRequests;

/// <summary>A fund request, its decision and what has been spent against it.</summary>
internal sealed record FundRequestDetails(
    Guid Id,
    string Department,
    string Purpose,
    decimal RequestedAmount,
    Guid? PropertyId,
    string? ReferenceType,
    Guid? ReferenceId,
    FundRequestStatus Status,
    DateTimeOffset RequestedAt,
    Guid? RequestedByUserId,
    decimal? ApprovedAmount,
    string? DecisionReason,
    int? BudgetYear,
    bool ApprovedOverBudget,
    DateTimeOffset? DecidedAt,
    Guid? DecidedByUserId,
    decimal Spent,
    uint Version)
{
    public static Expression<Func<FundRequest, FundRequestDetails>> Projection(FinanceDbContext db) => f => new FundRequestDetails(
        f.Id, f.Department, f.Purpose, f.RequestedAmount, f.PropertyId, f.ReferenceType, f.ReferenceId, f.Status, f.RequestedAt, f.RequestedByUserId,
        f.ApprovedAmount, f.DecisionReason, f.BudgetYear, f.ApprovedOverBudget, f.DecidedAt, f.DecidedByUserId,
        db.Expenses.Where(e => e.FundRequestId == f.Id).Sum(e => e.Amount), f.Version);
}
