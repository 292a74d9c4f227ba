using Estate.SharedKernel.Domain;

namespace Estate.Modules.Finance.Domain;

/// <summary>The part of a payment that went to one bill; its payment time is kept here so "paid by a date" needs no join.</summary>
internal sealed class PaymentAllocation(Guid organizationId, Guid id, Guid paymentId, Guid billId, decimal amount, DateTimeOffset paidAt)
    : TenantEntity(organizationId, id)
{
    public Guid PaymentId { get; private set; } = paymentId;

    public Guid BillId { get; private set; } = billId;

    public decimal Amount { get; private set; } = amount;

    public DateTimeOffset PaidAt { get; private set; } = paidAt;
}
