using Estate.Modules.Engineering.Pages;
using Estate.SharedKernel.Domain;
using Estate.SharedKernel.Ui;

namespace Estate.Modules.Engineering.Domain;

/// <summary>
/// A renovation or renewal project (e.g. replace the aging street lights next month): planned → under way →
/// done, or cancelled; its funding is asked of finance where the company has it.
/// </summary>
internal sealed class Project : PropertyEntity
{
    public const int TitleMaxLength = 200;
    public const int DescriptionMaxLength = 4000;
    public const int ExpectedEffectMaxLength = 1000;
    public const int ResponsibleNameMaxLength = 200;
    public const decimal MaxCost = 9_999_999_999.99m;

    // Used by EF Core when it materialises a row.
    private Project(Guid organizationId, Guid id, Guid propertyId, string title, string responsibleName, string expectedEffect)
        : base(organizationId, id, propertyId)
    {
        Title = title;
        ResponsibleName = responsibleName;
        ExpectedEffect = expectedEffect;
    }

    public string Title { get; private set; }

    public string? Description { get; private set; }

    public Guid ResponsibleUserId { get; private set; }

    public string ResponsibleName { get; private set; }

    public DateOnly PlannedStartOn { get; private set; }

    public DateOnly PlannedEndOn { get; private set; }

    public decimal EstimatedCost { get; private set; }

    public string ExpectedEffect { get; private set; }

    public ProjectStatus Status { get; private set; }

    public DateTimeOffset? StartedAt { get; private set; }

    /// <summary>When it was done or cancelled.</summary>
    public DateTimeOffset? FinishedAt { get; private set; }

    public ProjectFundingStatus FundingStatus { get; private set; }

    /// <summary>Finance's fund request, when one was made.</summary>
    public Guid? FundRequestId { get; private set; }

    public decimal? RequestedAmount { get; private set; }

    public decimal? ApprovedAmount { get; private set; }

    public DateTimeOffset? FundingRequestedAt { get; private set; }

    public DateTimeOffset? FundingDecidedAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>PostgreSQL's xmin (optimistic concurrency).</summary>
    public uint Version { get; private set; }

    public static Project Plan(Guid organizationId, Guid propertyId, ProjectPlan plan, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var project = new Project(organizationId, Guid.CreateVersion7(now), propertyId, plan.Title, plan.ResponsibleName, plan.ExpectedEffect)
        {
            Status = ProjectStatus.Planned,
            FundingStatus = ProjectFundingStatus.NotRequested,
            CreatedAt = now,
        };
        project.Describe(plan);
        return project;
    }

    public void Replan(ProjectPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (Status is ProjectStatus.Done or ProjectStatus.Cancelled)
        {
            throw Refused("update");
        }

        Describe(plan);
    }

    public void Start(DateTimeOffset now)
    {
        if (Status != ProjectStatus.Planned)
        {
            throw Refused("start");
        }

        Status = ProjectStatus.UnderWay;
        StartedAt = now;
    }

    public void Complete(DateTimeOffset now)
    {
        if (Status != ProjectStatus.UnderWay)
        {
            throw Refused("complete");
        }

        Status = ProjectStatus.Done;
        FinishedAt = now;
    }

    public void Cancel(DateTimeOffset now)
    {
        if (Status is ProjectStatus.Done or ProjectStatus.Cancelled)
        {
            throw Refused("cancel");
        }

        Status = ProjectStatus.Cancelled;
        FinishedAt = now;
    }

    /// <summary>Funding may be asked for while the project is live and no request is pending or granted.</summary>
    public void EnsureFundingCanBeRequested()
    {
        if (Status is ProjectStatus.Done or ProjectStatus.Cancelled)
        {
            throw Refused("request_funding");
        }

        if (FundingStatus is ProjectFundingStatus.Requested or ProjectFundingStatus.Approved or ProjectFundingStatus.PartlyApproved)
        {
            throw new DomainRuleException("project.funding_already_requested", Texts.T($"该项目的资金申请状态已为“{EngineeringTexts.Of(FundingStatus)}”。", $"Funding of this project is already {FundingStatus}."));
        }
    }

    public void FundingRequested(Guid fundRequestId, decimal amount, DateTimeOffset now)
    {
        EnsureFundingCanBeRequested();
        FundingStatus = ProjectFundingStatus.Requested;
        FundRequestId = fundRequestId;
        RequestedAmount = amount;
        ApprovedAmount = null;
        FundingRequestedAt = now;
        FundingDecidedAt = null;
    }

    /// <summary>The company has no finance module to ask: recorded as unfunded, which is an answer, not a failure.</summary>
    public void FundingUnavailable(decimal amount, DateTimeOffset now)
    {
        EnsureFundingCanBeRequested();
        FundingStatus = ProjectFundingStatus.Unfunded;
        FundRequestId = null;
        RequestedAmount = amount;
        ApprovedAmount = null;
        FundingRequestedAt = now;
        FundingDecidedAt = null;
    }

    /// <summary>Finance's decision; a later decision on the same request replaces an earlier one.</summary>
    public void FundingDecided(Guid fundRequestId, ProjectFundingStatus decision, decimal requestedAmount, decimal approvedAmount, DateTimeOffset decidedAt)
    {
        if (decision is not (ProjectFundingStatus.Approved or ProjectFundingStatus.PartlyApproved or ProjectFundingStatus.Rejected))
        {
            throw new ArgumentOutOfRangeException(nameof(decision), decision, "Finance decides approved, partly approved or rejected.");
        }

        FundingStatus = decision;
        FundRequestId = fundRequestId;
        RequestedAmount ??= requestedAmount;
        ApprovedAmount = decision == ProjectFundingStatus.Rejected ? 0 : approvedAmount;
        FundingDecidedAt = decidedAt;
    }

    private void Describe(ProjectPlan plan)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(plan.Title);
        if (plan.PlannedEndOn < plan.PlannedStartOn)
        {
            throw new DomainRuleException("project.ends_before_start", Texts.T("项目结束日期不能早于开始日期。", "A project cannot end before it starts."));
        }

        if (plan.EstimatedCost is < 0 or > MaxCost)
        {
            throw new DomainRuleException("project.invalid_cost", Texts.T("预估费用超出范围。", "The estimated cost is out of range."));
        }

        Title = plan.Title;
        Description = plan.Description;
        ResponsibleUserId = plan.ResponsibleUserId;
        ResponsibleName = plan.ResponsibleName;
        PlannedStartOn = plan.PlannedStartOn;
        PlannedEndOn = plan.PlannedEndOn;
        EstimatedCost = plan.EstimatedCost;
        ExpectedEffect = plan.ExpectedEffect;
    }

    private DomainRuleException Refused(string action) =>
        new($"project.cannot_{action}", Texts.T($"工程项目当前状态为“{EngineeringTexts.Of(Status)}”，不能执行此操作。", $"Cannot {action.Replace('_', ' ')} a project that is {Status}."));
}
