using Estate.SharedKernel.Domain;

namespace Estate.Modules.Security.Domain;

/// <summary>An area of a property that fire-safety inspections cover, with the checklist an inspection starts from.</summary>
internal sealed class FireSafetyArea(
    Guid organizationId,
    Guid id,
    Guid propertyId,
    string name,
    FireSafetyAreaKind kind,
    string? location,
    string[] checklist,
    DateTimeOffset createdAt) : PropertyEntity(organizationId, id, propertyId)
{
    public const int NameMaxLength = 100;
    public const int LocationMaxLength = 200;
    public const int ChecklistItemMaxLength = 200;
    public const int MaxChecklistItems = 50;

    public string Name { get; private set; } = name;

    public FireSafetyAreaKind Kind { get; private set; } = kind;

    public string? Location { get; private set; } = location;

    public string[] Checklist { get; private set; } = checklist;

    public DateTimeOffset CreatedAt { get; private set; } = createdAt;
}
