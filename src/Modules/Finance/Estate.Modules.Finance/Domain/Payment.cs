using Estate.SharedKernel.Domain;
using Estate.SharedKernel.Ui;

namespace Estate.Modules.Finance.Domain;

/// <summary>
/// Money a unit paid (in full or in part), with its method and the receipt number, unique in the company. It is
/// allocated to the unit's open bills oldest first when recorded; more than the unit owes is refused, as
/// finance keeps no prepaid balances.
/// </summary>
internal sealed class Payment : PropertyEntity
{
    public const int ReceiptNumberMaxLength = 40;
    public const int PayerNameMaxLength = 50;
    public const int NoteMaxLength = 500;
    public const decimal MaxAmount = 10_000_000m;

    private readonly List<PaymentAllocation> _allocations = [];

    // Used by EF Core when it materialises a row.
    private Payment(Guid organizationId, Guid id, Guid propertyId, string receiptNumber)
        : base(organizationId, id, propertyId) => ReceiptNumber = receiptNumber;

    public Guid UnitId { get; private set; }

    public decimal Amount { get; private set; }

    public PaymentMethod Method { get; private set; }

    public string ReceiptNumber { get; private set; }

    public DateTimeOffset PaidAt { get; private set; }

    public string? PayerName { get; private set; }

    public string? Note { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public Guid? RecordedByUserId { get; private set; }

    public IReadOnlyList<PaymentAllocation> Allocations => _allocations;

    /// <summary>Records the payment and settles <paramref name="openBills"/> in the order given (oldest first).</summary>
    public static Payment Receive(
        Guid organizationId, BillableUnit unit, decimal amount, PaymentMethod method, string receiptNumber, DateTimeOffset paidAt,
        string? payerName, string? note, Guid? recordedBy, IReadOnlyList<Bill> openBills, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(openBills);
        if (amount <= 0)
        {
            throw new DomainRuleException("payment.invalid_amount", Texts.T("缴费金额须大于 0。", "A payment must be above 0."));
        }

        var owed = openBills.Sum(b => b.Outstanding);
        if (owed == 0)
        {
            throw new DomainRuleException("payment.nothing_owed", Texts.T("该房屋没有待缴账单。", "The unit has no open bills to pay."));
        }

        if (amount > owed)
        {
            throw new DomainRuleException("payment.exceeds_balance", Texts.T($"该房屋欠费 {owed:0.00}，缴费 {amount:0.00} 超过了欠费金额。", $"The unit owes {owed:0.00}; a payment of {amount:0.00} is more than that."));
        }

        var payment = new Payment(organizationId, Guid.CreateVersion7(now), unit.PropertyId, receiptNumber.Trim())
        {
            UnitId = unit.Id,
            Amount = amount,
            Method = method,
            PaidAt = paidAt,
            PayerName = string.IsNullOrWhiteSpace(payerName) ? unit.OwnerName : payerName.Trim(),
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            RecordedAt = now,
            RecordedByUserId = recordedBy,
        };
        var left = amount;
        foreach (var bill in openBills)
        {
            var taken = bill.Settle(left, paidAt);
            if (taken > 0)
            {
                payment._allocations.Add(new PaymentAllocation(organizationId, Guid.CreateVersion7(now), payment.Id, bill.Id, taken, paidAt));
                left -= taken;
            }
        }

        return payment;
    }
}
