using Estate.SharedKernel.Domain;

namespace Estate.Modules.Security.Domain;

/// <summary>A checklist item of an inspection: passed, or failed with the finding it raised.</summary>
internal sealed class FireInspectionItem(
    Guid organizationId,
    Guid id,
    Guid inspectionId,
    int sequence,
    string name,
    bool passed,
    string? note,
    Guid? findingId) : TenantEntity(organizationId, id)
{
    public const int NameMaxLength = 200;
    public const int NoteMaxLength = 1000;

    public Guid InspectionId { get; private set; } = inspectionId;

    public int Sequence { get; private set; } = sequence;

    public string Name { get; private set; } = name;

    public bool Passed { get; private set; } = passed;

    public string? Note { get; private set; } = note;

    public Guid? FindingId { get; private set; } = findingId;
}
