namespace Estate.SharedKernel.Reports;

/// <summary>
/// The common shape of a department's report to a work meeting. Every department module publishes one;
/// the meetings module collects those of the modules switched on for the company.
/// </summary>
public sealed record DepartmentReport(
    string ModuleId,
    string TitleZh,
    string TitleEn,
    ReportPeriod Period,
    DateTimeOffset AsOf,
    IReadOnlyList<ReportIndicator> Indicators,
    IReadOnlyList<string> Highlights,
    IReadOnlyList<OpenProblem> OpenProblems);

/// <summary>A half-open period [From, To) in the company's time zone.</summary>
public sealed record ReportPeriod(DateTimeOffset From, DateTimeOffset To)
{
    /// <summary>The same instants written with the company's offset, so that a reader of the report sees its local days.</summary>
    public ReportPeriod InZone(TimeZoneInfo zone) => new(TimeZoneInfo.ConvertTime(From, zone), TimeZoneInfo.ConvertTime(To, zone));
}

/// <summary>One figure of a report, with its previous value and, where set, its target.</summary>
public sealed record ReportIndicator(
    string Code,
    string NameZh,
    string NameEn,
    decimal? Value,
    decimal? PreviousValue,
    string Unit,
    IndicatorTarget? Target,
    IReadOnlyList<PropertyFigure> ByProperty)
{
    public decimal? Change => Value - PreviousValue;
}

public enum TargetComparison
{
    AtLeast,
    AtMost,
}

public sealed record IndicatorTarget(TargetComparison Comparison, decimal Value)
{
    public bool IsMetBy(decimal value) => Comparison == TargetComparison.AtLeast ? value >= Value : value <= Value;
}

public sealed record PropertyFigure(Guid PropertyId, string PropertyName, decimal? Value);

/// <summary>A problem the department carries into the meeting, pointing to the record behind it where there is one.</summary>
public sealed record OpenProblem(string Title, string? Detail, string? RecordType, Guid? RecordId);
