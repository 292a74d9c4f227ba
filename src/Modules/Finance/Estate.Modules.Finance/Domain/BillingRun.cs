using Estate.SharedKernel.Domain;

namespace Estate.Modules.Finance.Domain;

internal enum BillingTrigger
{
    /// <summary>Finance staff asked for it.</summary>
    Request,

    /// <summary>The monthly job.</summary>
    Schedule,
}

internal enum UnitsSource
{
    /// <summary>Units were read from customer service and finance's copy refreshed first.</summary>
    CustomerService,

    /// <summary>Customer service was not available: finance's copy was used as it was.</summary>
    Copy,
}

/// <summary>One generation of a period's bills: where the units came from and what it added.</summary>
internal sealed class BillingRun : TenantEntity
{
    // Used by EF Core when it materialises a row.
    private BillingRun(Guid organizationId, Guid id)
        : base(organizationId, id)
    {
    }

    public DateOnly Period { get; private set; }

    public DateOnly DueOn { get; private set; }

    public BillingTrigger Trigger { get; private set; }

    public UnitsSource UnitsSource { get; private set; }

    /// <summary>Units read from customer service; null when the copy was used as it was.</summary>
    public int? UnitsRead { get; private set; }

    /// <summary>Units of the copy marked removed because customer service no longer has them.</summary>
    public int UnitsRemoved { get; private set; }

    /// <summary>Units that got at least one new bill.</summary>
    public int UnitsBilled { get; private set; }

    public int BillsCreated { get; private set; }

    public decimal AmountCreated { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset FinishedAt { get; private set; }

    public Guid? RequestedByUserId { get; private set; }

    public static BillingRun Start(Guid organizationId, DateOnly period, DateOnly dueOn, BillingTrigger trigger, Guid? requestedBy, DateTimeOffset now) =>
        new(organizationId, Guid.CreateVersion7(now))
        {
            Period = period,
            DueOn = dueOn,
            Trigger = trigger,
            RequestedByUserId = requestedBy,
            StartedAt = now,
            FinishedAt = now,
        };

    public void UnitsFrom(UnitsSource source, int? read, int removed)
    {
        UnitsSource = source;
        UnitsRead = read;
        UnitsRemoved = removed;
    }

    public void Finish(int unitsBilled, int billsCreated, decimal amountCreated, DateTimeOffset now)
    {
        UnitsBilled = unitsBilled;
        BillsCreated = billsCreated;
        AmountCreated = amountCreated;
        FinishedAt = now;
    }
}
