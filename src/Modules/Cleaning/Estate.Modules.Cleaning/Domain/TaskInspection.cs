using Estate.SharedKernel.Domain;

namespace Estate.Modules.Cleaning.Domain;

/// <summary>One inspection of a finished task; kept for every round so failed ones stay counted after a redo.</summary>
internal sealed class TaskInspection(
    Guid organizationId,
    Guid id,
    Guid propertyId,
    Guid taskId,
    bool passed,
    string? note,
    Guid inspectorUserId,
    string inspectorName,
    DateTimeOffset inspectedAt) : PropertyEntity(organizationId, id, propertyId)
{
    public const int NoteMaxLength = 1000;

    public Guid TaskId { get; private set; } = taskId;

    public bool Passed { get; private set; } = passed;

    public string? Note { get; private set; } = note;

    public Guid InspectorUserId { get; private set; } = inspectorUserId;

    public string InspectorName { get; private set; } = inspectorName;

    public DateTimeOffset InspectedAt { get; private set; } = inspectedAt;
}
