using Estate.SharedKernel.Behaviors;
using Estate.SharedKernel.Messaging;
using Estate.SharedKernel.Results;
using MediatR;

namespace Estate.Modules.Finance.Contracts;

public enum FundRequestStatus
{
    Pending,
    Approved,
    PartlyApproved,
    Rejected,
}

/// <summary>
/// A department asks finance for money (a renovation project, a meeting's resource decision). The reference
/// names the record behind it, e.g. ("engineering.project", project id). Check that finance is available
/// (IModuleAvailability) before sending; without it the request is recorded by the asker only.
/// </summary>
public sealed record RequestFunds(
    string Department,
    string Purpose,
    decimal Amount,
    Guid? PropertyId,
    string? ReferenceType,
    Guid? ReferenceId) : ICommand<Result<FundRequestReceipt>>;

public sealed record FundRequestReceipt(Guid FundRequestId, FundRequestStatus Status);

/// <summary>
/// How much of a department's budget for the year that contains <paramref name="On"/> is left: the budget less
/// what is committed (approved fund requests and expenses booked outside them); fund requests still waiting are
/// not committed. A department without a budget for that year has 0 left.
/// </summary>
public sealed record CheckBudget(string Department, decimal Amount, DateOnly On) : IRequest<Result<BudgetCheck>>;

public sealed record BudgetCheck(decimal Budget, decimal Committed, decimal Remaining, bool Sufficient);

/// <summary>
/// Finance decided a fund request: approved (the amount asked), partly approved (less) or rejected (0), with
/// finance's reason where it gave one (always for a rejection).
/// </summary>
public sealed record FundRequestDecided(
    Guid OrganizationId,
    Guid FundRequestId,
    string Department,
    string? ReferenceType,
    Guid? ReferenceId,
    FundRequestStatus Status,
    decimal RequestedAmount,
    decimal ApprovedAmount,
    DateTimeOffset DecidedAt,
    string? Reason = null) : IIntegrationEvent;
