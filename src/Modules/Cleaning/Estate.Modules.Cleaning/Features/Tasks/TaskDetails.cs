using System.Linq.Expressions;
using Estate.Modules.Cleaning.Domain;

namespace Estate.Modules.Cleaning.Features.Tasks;

internal sealed record InspectionDetails(Guid Id, bool Passed, string? Note, Guid InspectorUserId, string InspectorName, DateTimeOffset InspectedAt);

/// <summary>A day's cleaning task with its inspections; <see cref="Version"/> is sent back with every change.</summary>
internal sealed record TaskDetails(
    Guid Id,
    Guid PropertyId,
    Guid ScheduleId,
    Guid ZoneId,
    DateOnly Date,
    string Description,
    DateTimeOffset WindowStart,
    DateTimeOffset WindowEnd,
    CleaningTaskStatus Status,
    Guid? CompletedByUserId,
    string? CompletedByName,
    DateTimeOffset? CompletedAt,
    string? CompletionNote,
    int RedoCount,
    DateTimeOffset? MissedAt,
    IReadOnlyList<InspectionDetails> Inspections,
    uint Version)
{
    public static readonly Expression<Func<CleaningTask, TaskDetails>> Projection = t => new TaskDetails(
        t.Id,
        t.PropertyId,
        t.ScheduleId,
        t.ZoneId,
        t.Date,
        t.Description,
        t.WindowStart,
        t.WindowEnd,
        t.Status,
        t.CompletedByUserId,
        t.CompletedByName,
        t.CompletedAt,
        t.CompletionNote,
        t.RedoCount,
        t.MissedAt,
        t.Inspections.OrderBy(i => i.InspectedAt)
            .Select(i => new InspectionDetails(i.Id, i.Passed, i.Note, i.InspectorUserId, i.InspectorName, i.InspectedAt))
            .ToList(),
        t.Version);

    private static readonly Func<CleaningTask, TaskDetails> FromEntity = Projection.Compile();

    /// <summary>For a task loaded with its inspections.</summary>
    public static TaskDetails From(CleaningTask task) => FromEntity(task);
}
