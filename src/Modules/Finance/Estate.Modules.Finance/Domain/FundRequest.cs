using Estate.Modules.Finance.Contracts;
using Estate.Modules.Finance.Pages;
using Estate.SharedKernel.Domain;
using Estate.SharedKernel.Ui;

namespace Estate.Modules.Finance.Domain;

/// <summary>
/// A department asks for money (directly, from an engineering project, from a meeting's resource decision).
/// Finance approves it, approves part of it, or rejects it with a reason, once. An approval is charged to the
/// department's budget of the year it is decided in and may not exceed what is left of it, unless the approver
/// explicitly approves over budget (recorded on the request).
/// </summary>
internal sealed class FundRequest : TenantEntity
{
    public const int PurposeMaxLength = 2000;
    public const int ReferenceTypeMaxLength = 64;
    public const int ReasonMaxLength = 1000;
    public const decimal MaxAmount = 9_999_999_999.99m;

    // Used by EF Core when it materialises a row.
    private FundRequest(Guid organizationId, Guid id, string department, string purpose)
        : base(organizationId, id)
    {
        Department = department;
        Purpose = purpose;
    }

    public string Department { get; private set; }

    public string Purpose { get; private set; }

    public decimal RequestedAmount { get; private set; }

    public Guid? PropertyId { get; private set; }

    /// <summary>The record behind the request in the asking module, e.g. "engineering.project".</summary>
    public string? ReferenceType { get; private set; }

    public Guid? ReferenceId { get; private set; }

    public FundRequestStatus Status { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public Guid? RequestedByUserId { get; private set; }

    /// <summary>0 when rejected; null while pending.</summary>
    public decimal? ApprovedAmount { get; private set; }

    public string? DecisionReason { get; private set; }

    /// <summary>The budget year the approval is charged to (the year it was decided in).</summary>
    public int? BudgetYear { get; private set; }

    /// <summary>The approver approved more than was left of the budget, knowingly.</summary>
    public bool ApprovedOverBudget { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public Guid? DecidedByUserId { get; private set; }

    /// <summary>PostgreSQL's xmin (optimistic concurrency).</summary>
    public uint Version { get; private set; }

    public bool IsApproved => Status is FundRequestStatus.Approved or FundRequestStatus.PartlyApproved;

    public static FundRequest Submit(
        Guid organizationId, string department, string purpose, decimal amount, Guid? propertyId, string? referenceType, Guid? referenceId,
        Guid? requestedBy, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(department);
        ArgumentException.ThrowIfNullOrWhiteSpace(purpose);
        if (amount is <= 0 or > MaxAmount)
        {
            throw new DomainRuleException("fund_request.invalid_amount", Texts.T("资金申请金额须大于 0。", "A fund request is for an amount above 0."));
        }

        return new FundRequest(organizationId, Guid.CreateVersion7(now), department.Trim(), purpose.Trim())
        {
            RequestedAmount = amount,
            PropertyId = propertyId,
            ReferenceType = string.IsNullOrWhiteSpace(referenceType) ? null : referenceType.Trim(),
            ReferenceId = referenceId,
            Status = FundRequestStatus.Pending,
            RequestedAt = now,
            RequestedByUserId = requestedBy,
        };
    }

    /// <summary>
    /// Decides the request against <paramref name="remaining"/>, what is left of the department's budget for
    /// <paramref name="budgetYear"/>. Approving more than that needs <paramref name="overBudget"/>.
    /// </summary>
    public void Decide(
        FundRequestStatus decision, decimal? partAmount, string? reason, int budgetYear, decimal remaining, bool overBudget, Guid? decidedBy, DateTimeOffset now)
    {
        if (Status != FundRequestStatus.Pending)
        {
            throw new DomainRuleException("fund_request.already_decided", Texts.T($"该资金申请已作出决定（{FinanceTexts.Of(Status)}）。", $"This fund request was already decided ({Status})."));
        }

        var approved = decision switch
        {
            FundRequestStatus.Approved => RequestedAmount,
            FundRequestStatus.PartlyApproved when partAmount > 0 && partAmount < RequestedAmount => partAmount.Value,
            FundRequestStatus.PartlyApproved => throw new DomainRuleException(
                "fund_request.bad_part", Texts.T($"部分批准的金额须大于 0 且小于申请金额 {RequestedAmount:0.00}。", $"A partial approval is for more than 0 and less than the {RequestedAmount:0.00} asked.")),
            FundRequestStatus.Rejected when !string.IsNullOrWhiteSpace(reason) => 0m,
            FundRequestStatus.Rejected => throw new DomainRuleException("fund_request.reason_required", Texts.T("驳回须填写理由。", "A rejection needs a reason.")),
            _ => throw new DomainRuleException("fund_request.bad_decision", Texts.T("请选择批准、部分批准或驳回。", "Approve, partly approve or reject.")),
        };
        if (approved > remaining && !overBudget)
        {
            throw new DomainRuleException(
                "fund_request.over_budget",
                Texts.T($"{FinanceTexts.Department(Department)} {budgetYear} 年预算仅剩 {Math.Max(remaining, 0):0.00}；批准 {approved:0.00} 需要明确的超预算审批。", $"Only {Math.Max(remaining, 0):0.00} is left of the {Department} budget for {budgetYear}; approving {approved:0.00} needs an explicit over-budget approval."));
        }

        Status = decision;
        ApprovedAmount = approved;
        DecisionReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        BudgetYear = budgetYear;
        ApprovedOverBudget = approved > 0 && approved > remaining;
        DecidedAt = now;
        DecidedByUserId = decidedBy;
    }
}
