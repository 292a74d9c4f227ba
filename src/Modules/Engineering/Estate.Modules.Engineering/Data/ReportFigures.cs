using Estate.Modules.Engineering.Contracts;

namespace Estate.Modules.Engineering.Data;

/// <summary>
/// One property's work orders of one category on one company-local day, kept by
/// <see cref="Jobs.RefreshEngineeringReportFigures"/> for the days before today: what happened that day, and how many
/// were open and past their deadline at its end. Hours are sums, so averages over days stay ratios of sums.
/// </summary>
internal sealed class DailyWorkOrderFigures
{
    public Guid OrganizationId { get; init; }

    public Guid PropertyId { get; init; }

    public WorkOrderCategory Category { get; init; }

    public DateOnly Day { get; init; }

    public int Opened { get; init; }

    public int Completed { get; init; }

    public int CompletedOnTime { get; init; }

    public int Reopened { get; init; }

    /// <summary>Repairs (not planned maintenance) first assigned that day, and their hours from opening.</summary>
    public int Responded { get; init; }

    public double ResponseHours { get; init; }

    /// <summary>Repairs completed that day, and their hours from opening.</summary>
    public int Resolved { get; init; }

    public double ResolutionHours { get; init; }

    public int Rated { get; init; }

    public int RatingSum { get; init; }

    public int OverdueAtEnd { get; init; }
}

/// <summary>The last day a company's figures were written for (the day before the refresh ran).</summary>
internal sealed class ReportFiguresCoverage
{
    public Guid OrganizationId { get; init; }

    public DateOnly CoveredThrough { get; init; }

    public DateTimeOffset RefreshedAt { get; init; }
}
