using Estate.SharedKernel.Domain;
using Estate.SharedKernel.Ui;

namespace Estate.Modules.Meetings.Domain;

/// <summary>
/// A department asks the meeting for people, materials or money. The meeting decides; a money request also
/// goes to finance (budget check, then a fund request) where finance is on, and stays in the meeting where it is off.
/// </summary>
internal sealed class ResourceRequest : TenantEntity
{
    public const int TextMaxLength = 2000;
    public const int DepartmentMaxLength = 64;

    private ResourceRequest(Guid organizationId, Guid id, Guid meetingId, string description)
        : base(organizationId, id)
    {
        MeetingId = meetingId;
        Description = description;
    }

    public Guid MeetingId { get; private set; }

    public string Department { get; private set; } = "";

    public ResourceKind Kind { get; private set; }

    public string Description { get; private set; }

    public string Reason { get; private set; } = "";

    /// <summary>People (head count) or materials (units); null for money.</summary>
    public decimal? Quantity { get; private set; }

    /// <summary>Money, in yuan; null for people and materials.</summary>
    public decimal? Amount { get; private set; }

    public Guid? PropertyId { get; private set; }

    public ResourceDecision Decision { get; private set; }

    public decimal? ApprovedQuantity { get; private set; }

    public decimal? ApprovedAmount { get; private set; }

    public string? DecisionNote { get; private set; }

    /// <summary>Notes on conflicts between departments settled in the meeting (two asks for one crew, one budget).</summary>
    public string? ConflictNote { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public FinanceRoute FinanceRoute { get; private set; }

    /// <summary>What finance's budget check said when the request was made (finance on only).</summary>
    public decimal? BudgetRemaining { get; private set; }

    public bool? BudgetSufficient { get; private set; }

    public Guid? FundRequestId { get; private set; }

    /// <summary>Finance's status of the fund request (pending, approved, partlyApproved, rejected).</summary>
    public string? FinanceStatus { get; private set; }

    public decimal? FinanceApprovedAmount { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public uint Version { get; private set; }

    public decimal Requested => Kind == ResourceKind.Money ? Amount!.Value : Quantity!.Value;

    public static ResourceRequest Ask(
        Guid organizationId, Guid meetingId, string department, ResourceKind kind, string description, string reason, decimal requested, Guid? propertyId, DateTimeOffset now)
    {
        if (requested <= 0)
        {
            throw new DomainRuleException("resource_request.nothing_asked", Texts.T("申请数量须大于 0。", "A request asks for more than zero."));
        }

        return new ResourceRequest(organizationId, Guid.CreateVersion7(now), meetingId, description)
        {
            Department = department,
            Kind = kind,
            Reason = reason,
            Quantity = kind == ResourceKind.Money ? null : requested,
            Amount = kind == ResourceKind.Money ? requested : null,
            PropertyId = propertyId,
            Decision = ResourceDecision.Pending,
            FinanceRoute = FinanceRoute.NotApplicable,
            CreatedAt = now,
        };
    }

    public void RecordBudgetCheck(decimal remaining, bool sufficient)
    {
        BudgetRemaining = remaining;
        BudgetSufficient = sufficient;
    }

    /// <summary>The meeting's decision: approved means all that was asked, partly approved less than that, rejected nothing.</summary>
    public void Decide(ResourceDecision decision, decimal? partlyApproved, string? note, string? conflictNote, DateTimeOffset now)
    {
        if (FinanceRoute == FinanceRoute.SentToFinance)
        {
            throw new DomainRuleException("resource_request.with_finance", Texts.T("该申请已提交财务部，由财务部作出决定。", "The request is with finance already; its decision comes from there."));
        }

        var granted = decision switch
        {
            ResourceDecision.Approved => Requested,
            ResourceDecision.Rejected => 0m,
            ResourceDecision.PartlyApproved when partlyApproved > 0 && partlyApproved < Requested => partlyApproved.Value,
            ResourceDecision.PartlyApproved => throw new DomainRuleException("resource_request.bad_part", Texts.T("部分批准的数量须大于 0 且小于申请数量。", "A partial approval grants more than zero and less than was asked.")),
            _ => throw new DomainRuleException("resource_request.undecided", Texts.T("决定须为批准、部分批准或驳回。", "A decision approves, partly approves or rejects.")),
        };
        Decision = decision;
        if (Kind == ResourceKind.Money)
        {
            ApprovedAmount = granted;
        }
        else
        {
            ApprovedQuantity = granted;
        }

        DecisionNote = note;
        ConflictNote = conflictNote;
        DecidedAt = now;
        FinanceRoute = Kind == ResourceKind.Money ? FinanceRoute.RecordedInMeetingOnly : FinanceRoute.NotApplicable;
    }

    public void SentToFinance(Guid fundRequestId, string financeStatus)
    {
        FinanceRoute = FinanceRoute.SentToFinance;
        FundRequestId = fundRequestId;
        FinanceStatus = financeStatus;
    }

    public void FinanceDecided(string financeStatus, decimal approvedAmount)
    {
        FinanceStatus = financeStatus;
        FinanceApprovedAmount = approvedAmount;
    }
}
