using Estate.Modules.Finance.Domain;

namespace Estate.Modules.Finance.Features.Bills;

/// <summary>A bill generation as finance staff see it; <c>unitsSource</c> "copy" means customer service was not asked.</summary>
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
    Guid? RequestedByUserId)
{
    public static BillingRunDetails From(BillingRun run) => new(
        run.Id, BillingPeriod.Name(run.Period), run.DueOn, run.Trigger, run.UnitsSource, run.UnitsRead, run.UnitsRemoved, run.UnitsBilled,
        run.BillsCreated, run.AmountCreated, run.StartedAt, run.FinishedAt, run.RequestedByUserId);
}
