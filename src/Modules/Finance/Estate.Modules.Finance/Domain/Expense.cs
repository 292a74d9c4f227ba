using Estate.SharedKernel.Domain;
using Estate.SharedKernel.Ui;

namespace Estate.Modules.Finance.Domain;

/// <summary>
/// Money spent, booked against a department's budget for the year it was spent in, and optionally against an
/// approved fund request of that department, whose approved amount it may not exceed in total.
/// </summary>
internal sealed class Expense : TenantEntity
{
    public const int DescriptionMaxLength = 500;
    public const int PayeeMaxLength = 200;
    public const decimal MaxAmount = 9_999_999_999.99m;

    // Used by EF Core when it materialises a row.
    private Expense(Guid organizationId, Guid id, string department, string description)
        : base(organizationId, id)
    {
        Department = department;
        Description = description;
    }

    public Guid BudgetId { get; private set; }

    public string Department { get; private set; }

    public int Year { get; private set; }

    public Guid? FundRequestId { get; private set; }

    public decimal Amount { get; private set; }

    public DateOnly SpentOn { get; private set; }

    public string Description { get; private set; }

    public string? Payee { get; private set; }

    public Guid? PropertyId { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public Guid? RecordedByUserId { get; private set; }

    /// <param name="spentOnRequest">What is already booked against <paramref name="fundRequest"/>, when one is given.</param>
    public static Expense Book(
        Budget budget, FundRequest? fundRequest, decimal spentOnRequest, decimal amount, DateOnly spentOn, string description, string? payee,
        Guid? propertyId, Guid? recordedBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(budget);
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        if (amount is <= 0 or > MaxAmount)
        {
            throw new DomainRuleException("expense.invalid_amount", Texts.T("支出金额须大于 0。", "An expense is above 0."));
        }

        if (spentOn.Year != budget.Year)
        {
            throw new DomainRuleException("expense.outside_budget_year", Texts.T($"{spentOn:yyyy-MM-dd} 发生的支出属于当年的预算，而不是 {budget.Year} 年的预算。", $"An expense spent on {spentOn:yyyy-MM-dd} belongs to that year's budget, not {budget.Year}'s."));
        }

        if (fundRequest is not null)
        {
            if (!fundRequest.IsApproved || fundRequest.Department != budget.Department || fundRequest.BudgetYear != budget.Year)
            {
                throw new DomainRuleException(
                    "expense.fund_request_not_usable", Texts.T("只能使用为该预算的部门和年度批准的资金申请列支。", "Only a fund request approved for the budget's department and year can be spent against."));
            }

            if (spentOnRequest + amount > fundRequest.ApprovedAmount)
            {
                throw new DomainRuleException(
                    "expense.exceeds_fund_request",
                    Texts.T($"已批准 {fundRequest.ApprovedAmount:0.00}，已列支 {spentOnRequest:0.00}，再列支 {amount:0.00} 将超出批准金额。", $"{fundRequest.ApprovedAmount:0.00} was approved and {spentOnRequest:0.00} is already booked against it; {amount:0.00} more is too much."));
            }
        }

        return new Expense(budget.OrganizationId, Guid.CreateVersion7(now), budget.Department, description.Trim())
        {
            BudgetId = budget.Id,
            Year = budget.Year,
            FundRequestId = fundRequest?.Id,
            Amount = amount,
            SpentOn = spentOn,
            Payee = string.IsNullOrWhiteSpace(payee) ? null : payee.Trim(),
            PropertyId = propertyId,
            RecordedAt = now,
            RecordedByUserId = recordedBy,
        };
    }
}
