using Estate.SharedKernel.Domain;
using Estate.SharedKernel.Ui;

namespace Estate.Modules.Finance.Domain;

/// <summary>
/// Something a unit pays for every month (property fee per m², a fixed charge, parking), either at one property
/// or company-wide, active from one day until another (or for good). A new price applies to bills generated
/// after the change; bills already made keep theirs.
/// </summary>
internal sealed class FeeItem : TenantEntity
{
    public const int NameMaxLength = 100;
    public const decimal MaxUnitPrice = 1_000_000m;

    // Used by EF Core when it materialises a row.
    private FeeItem(Guid organizationId, Guid id, string name)
        : base(organizationId, id) => Name = name;

    public string Name { get; private set; }

    public FeeItemKind Kind { get; private set; }

    /// <summary>Yuan per m² per month, per unit per month, or per parking space per month, by kind.</summary>
    public decimal UnitPrice { get; private set; }

    /// <summary>The property it applies to; null for every property of the company.</summary>
    public Guid? PropertyId { get; private set; }

    public DateOnly ActiveFrom { get; private set; }

    /// <summary>The last day it applies, inclusive; null while it runs on.</summary>
    public DateOnly? ActiveTo { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>PostgreSQL's xmin (optimistic concurrency).</summary>
    public uint Version { get; private set; }

    public static FeeItem Define(
        Guid organizationId, string name, FeeItemKind kind, decimal unitPrice, Guid? propertyId, DateOnly activeFrom, DateOnly? activeTo, DateTimeOffset now)
    {
        var item = new FeeItem(organizationId, Guid.CreateVersion7(now), name.Trim())
        {
            Kind = kind,
            PropertyId = propertyId,
            ActiveFrom = activeFrom,
            CreatedAt = now,
        };
        item.Change(name, unitPrice, activeTo);
        return item;
    }

    public void Change(string name, decimal unitPrice, DateOnly? activeTo)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (unitPrice is <= 0 or > MaxUnitPrice)
        {
            throw new DomainRuleException("fee_item.invalid_price", Texts.T("单价须大于 0。", "The unit price must be above 0."));
        }

        if (activeTo < ActiveFrom)
        {
            throw new DomainRuleException("fee_item.ends_before_start", Texts.T("收费项目的停用日期不能早于启用日期。", "A fee item cannot end before it starts."));
        }

        Name = name.Trim();
        UnitPrice = unitPrice;
        ActiveTo = activeTo;
    }
}
