namespace Estate.Modules.Finance.Data;

/// <summary>
/// Money paid on one company-local day at one property (payments by their time of payment), kept by
/// <see cref="Jobs.RefreshFinanceReportFigures"/> for the days before today.
/// </summary>
internal sealed class DailyCash
{
    public Guid OrganizationId { get; init; }

    public DateOnly Day { get; init; }

    public Guid PropertyId { get; init; }

    public decimal Amount { get; init; }
}

/// <summary>What was paid on one day towards a property's bills due on one date (payment allocations).</summary>
internal sealed class DailyCollection
{
    public Guid OrganizationId { get; init; }

    public DateOnly Day { get; init; }

    public DateOnly DueOn { get; init; }

    public Guid PropertyId { get; init; }

    public decimal Amount { get; init; }
}

/// <summary>
/// What a property's bills due on one date ask for in all (bills are only ever added, by billing runs), and what was
/// paid on them up to the covered day (the sum of their <see cref="DailyCollection"/> rows), so arrears at a recent
/// day need only the payments made after it.
/// </summary>
internal sealed class DueFigures
{
    public Guid OrganizationId { get; init; }

    public DateOnly DueOn { get; init; }

    public Guid PropertyId { get; init; }

    public decimal AmountDue { get; init; }

    public decimal Collected { get; init; }
}

/// <summary>
/// What the bills of one due date ask for in one building and what has been paid on them, for the dashboard's
/// collection rate by building. Unlike the per-day figures these are running sums kept by addition: the refresher
/// adds each billing run's bills and each payment's allocations exactly once and marks the run or payment
/// (<see cref="Added"/>), so a reader adds only what is not marked yet and is exact whenever it reads.
/// </summary>
internal sealed class BuildingDueFigures
{
    /// <summary>The shadow property (column <c>in_building_figures</c>) of payments and billing runs already added here.</summary>
    public const string Added = "InBuildingFigures";

    public Guid OrganizationId { get; init; }

    public DateOnly DueOn { get; init; }

    public Guid PropertyId { get; init; }

    public Guid BuildingId { get; init; }

    public decimal AmountDue { get; init; }

    public decimal Collected { get; init; }
}

/// <summary>The last day a company's figures were written for (the day before the refresh ran).</summary>
internal sealed class ReportFiguresCoverage
{
    public Guid OrganizationId { get; init; }

    public DateOnly CoveredThrough { get; init; }

    public DateTimeOffset RefreshedAt { get; init; }
}
