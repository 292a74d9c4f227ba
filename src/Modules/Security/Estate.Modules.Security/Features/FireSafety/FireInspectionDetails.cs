namespace Estate.Modules.Security.Features.FireSafety;

internal sealed record FireInspectionItemDetails(int Sequence, string Name, bool Passed, string? Note, Guid? FindingId);

internal sealed record FireInspectionSummary(
    Guid Id,
    Guid PropertyId,
    Guid AreaId,
    string AreaName,
    DateTimeOffset InspectedAt,
    Guid InspectorUserId,
    string InspectorName,
    string? Notes,
    int ItemCount,
    int FailedCount);

internal sealed record FireInspectionDetails(
    FireInspectionSummary Inspection,
    IReadOnlyList<FireInspectionItemDetails> Items,
    IReadOnlyList<FireSafetyFindingDetails> Findings);

internal static class FireInspectionViews
{
    public static readonly System.Linq.Expressions.Expression<Func<Domain.FireInspection, FireInspectionSummary>> Summary = i => new FireInspectionSummary(
        i.Id, i.PropertyId, i.AreaId, i.AreaName, i.InspectedAt, i.InspectorUserId, i.InspectorName, i.Notes, i.Items.Count, i.FailedCount);

    private static readonly Func<Domain.FireInspection, FireInspectionSummary> SummaryOf = Summary.Compile();

    public static FireInspectionDetails Details(Domain.FireInspection inspection, IReadOnlyList<FireSafetyFindingDetails> findings) =>
        new(
            SummaryOf(inspection),
            [.. inspection.Items.OrderBy(i => i.Sequence).Select(i => new FireInspectionItemDetails(i.Sequence, i.Name, i.Passed, i.Note, i.FindingId))],
            findings);
}
