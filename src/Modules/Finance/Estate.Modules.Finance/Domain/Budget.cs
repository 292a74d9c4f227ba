using Estate.SharedKernel.Domain;
using Estate.SharedKernel.Ui;

namespace Estate.Modules.Finance.Domain;

/// <summary>
/// What a department may spend in a calendar year (budgets are yearly; fund requests and expenses are charged to
/// the year they are decided or spent in). One budget per department and year; its amount may be revised.
/// </summary>
internal sealed class Budget : TenantEntity
{
    public const int DepartmentMaxLength = 64;
    public const int NoteMaxLength = 500;
    public const decimal MaxAmount = 9_999_999_999.99m;
    public const int MinYear = 2000;
    public const int MaxYear = 2100;

    // Used by EF Core when it materialises a row.
    private Budget(Guid organizationId, Guid id, string department)
        : base(organizationId, id) => Department = department;

    /// <summary>The department's module id, e.g. "engineering".</summary>
    public string Department { get; private set; }

    public int Year { get; private set; }

    public decimal Amount { get; private set; }

    public string? Note { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>PostgreSQL's xmin (optimistic concurrency).</summary>
    public uint Version { get; private set; }

    public static Budget Set(Guid organizationId, string department, int year, decimal amount, string? note, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(department);
        var budget = new Budget(organizationId, Guid.CreateVersion7(now), department.Trim()) { Year = year, CreatedAt = now };
        budget.Revise(amount, note, now);
        return budget;
    }

    public void Revise(decimal amount, string? note, DateTimeOffset now)
    {
        if (amount is < 0 or > MaxAmount)
        {
            throw new DomainRuleException("budget.invalid_amount", Texts.T("预算不能小于 0。", "A budget is 0 or more."));
        }

        Amount = amount;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        UpdatedAt = now;
    }
}
