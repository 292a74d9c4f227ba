using System.Linq.Expressions;
using Estate.Modules.Meetings.Domain;
using Estate.Modules.Meetings.Reports;

namespace Estate.Modules.Meetings.Features.ActionItems;

/// <summary>The live figure of an item's target indicator, from the department's current report.</summary>
internal sealed record LiveFigure(decimal? Value, string? Unit, bool? Met, bool Available, DateTimeOffset AsOf);

internal sealed record ActionItemDetails(
    Guid Id,
    Guid MeetingId,
    Guid? SeriesId,
    Guid? ProblemId,
    string Title,
    Guid OwnerUserId,
    string OwnerName,
    string Department,
    DateOnly Deadline,
    DateTimeOffset DueAt,
    string? ExpectedOutcome,
    string? TargetModuleId,
    string? TargetIndicatorCode,
    Estate.SharedKernel.Reports.TargetComparison? TargetComparison,
    decimal? TargetValue,
    ActionItemStatus Status,
    string? Progress,
    DateTimeOffset? ProgressAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CompletedAt,
    DateTimeOffset? RemindedAt,
    DateTimeOffset? EscalatedAt,
    uint Version)
{
    public static readonly Expression<Func<ActionItem, ActionItemDetails>> Projection = a => new ActionItemDetails(
        a.Id, a.MeetingId, a.SeriesId, a.ProblemId, a.Title, a.OwnerUserId, a.OwnerName, a.Department, a.Deadline, a.DueAt, a.ExpectedOutcome,
        a.TargetModuleId, a.TargetIndicatorCode, a.TargetComparison, a.TargetValue, a.Status, a.Progress, a.ProgressAt, a.CreatedAt, a.CompletedAt,
        a.RemindedAt, a.EscalatedAt, a.Version);

    private static readonly Func<ActionItem, ActionItemDetails> FromEntity = Projection.Compile();

    /// <summary>Set where the reports were pulled: the target indicator's figure now.</summary>
    public LiveFigure? Live { get; init; }

    public static ActionItemDetails From(ActionItem item) => FromEntity(item);

    public ActionItemDetails WithLiveFigure(IReadOnlyList<CollectedReport> reports, DateTimeOffset now)
    {
        if (TargetModuleId is null)
        {
            return this;
        }

        var report = reports.FirstOrDefault(r => r.ModuleId == TargetModuleId);
        var indicator = report?.Indicator(TargetIndicatorCode!);
        var met = indicator?.Value is { } value ? new IndicatorTargetSpec(TargetModuleId, TargetIndicatorCode!, TargetComparison!.Value, TargetValue!.Value).IsMetBy(value) : (bool?)null;
        return this with { Live = new LiveFigure(indicator?.Value, indicator?.Unit, met, report is { Available: true } && indicator is not null, report?.AsOf ?? now) };
    }
}
