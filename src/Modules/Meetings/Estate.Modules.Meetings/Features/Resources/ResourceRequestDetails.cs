using System.Linq.Expressions;
using Estate.Modules.Meetings.Domain;

namespace Estate.Modules.Meetings.Features.Resources;

internal sealed record ResourceRequestDetails(
    Guid Id,
    Guid MeetingId,
    string Department,
    ResourceKind Kind,
    string Description,
    string Reason,
    decimal? Quantity,
    decimal? Amount,
    Guid? PropertyId,
    ResourceDecision Decision,
    decimal? ApprovedQuantity,
    decimal? ApprovedAmount,
    string? DecisionNote,
    string? ConflictNote,
    DateTimeOffset? DecidedAt,
    FinanceRoute FinanceRoute,
    decimal? BudgetRemaining,
    bool? BudgetSufficient,
    Guid? FundRequestId,
    string? FinanceStatus,
    decimal? FinanceApprovedAmount,
    DateTimeOffset CreatedAt,
    uint Version)
{
    public static readonly Expression<Func<ResourceRequest, ResourceRequestDetails>> Projection = r => new ResourceRequestDetails(
        r.Id, r.MeetingId, r.Department, r.Kind, r.Description, r.Reason, r.Quantity, r.Amount, r.PropertyId, r.Decision, r.ApprovedQuantity, r.ApprovedAmount,
        r.DecisionNote, r.ConflictNote, r.DecidedAt, r.FinanceRoute, r.BudgetRemaining, r.BudgetSufficient, r.FundRequestId, r.FinanceStatus,
        r.FinanceApprovedAmount, r.CreatedAt, r.Version);

    private static readonly Func<ResourceRequest, ResourceRequestDetails> FromEntity = Projection.Compile();

    public static ResourceRequestDetails From(ResourceRequest request) => FromEntity(request);
}
