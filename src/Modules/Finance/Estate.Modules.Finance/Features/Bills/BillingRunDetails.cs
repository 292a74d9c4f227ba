using Estate.Modules.Finance.Domain;

namespace Estate.Modules.Finance.Features.Bills;

/// <summary>
/// A bill generation as finance staff see it; <c>unitsSource</c> "copy" means customer service was not asked;
/// <c>requestedByName</c> is who asked for it (none for the monthly job), where the list or detail looked it up.
/// </summary>
internal sealed record BillingRunDetails(
    Guid Id,
    string Period,
    DateOnly DueOn,
    BillingTrigger Trigger,
    UnitsSource UnitsSource,
    int? UnitsRead,
    int UnitsRemoved,
    int UnitsBilled,
    int BillsCreated,
    decimal AmountCreated,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    Guid? RequestedByUserId,
    string? RequestedByName = null)
{
    public static BillingRunDetails From(BillingRun run) => new(
        run.Id, BillingPeriod.Name(run.Period), run.DueOn, run.Trigger, run.UnitsSource, run.UnitsRead, run.UnitsRemoved, run.UnitsBilled,
        run.BillsCreated, run.AmountCreated, run.StartedAt, run.FinishedAt, run.RequestedByUserId);
}

/// <summary>What a generation billed for one fee item, and how much of it has been paid since.</summary>
internal sealed record BillingRunFeeItem(Guid FeeItemId, string FeeItemName, FeeItemKind FeeItemKind, int Bills, decimal AmountDue, decimal AmountPaid);

/// <summary>A generation with its bills by fee item (of the caller's properties).</summary>
internal sealed record BillingRunReport(BillingRunDetails Run, IReadOnlyList<BillingRunFeeItem> FeeItems);
