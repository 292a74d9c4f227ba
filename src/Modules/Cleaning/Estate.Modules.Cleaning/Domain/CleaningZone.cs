using Estate.SharedKernel.Domain;

namespace Estate.Modules.Cleaning.Domain;

/// <summary>An area of a property that is cleaned on a schedule: a lobby, a stairwell, the garage, a green area.</summary>
internal sealed class CleaningZone(
    Guid organizationId,
    Guid id,
    Guid propertyId,
    string name,
    ZoneKind kind,
    string? description,
    DateTimeOffset createdAt) : PropertyEntity(organizationId, id, propertyId)
{
    public const int NameMaxLength = 100;
    public const int DescriptionMaxLength = 1000;

    public string Name { get; private set; } = name;

    public ZoneKind Kind { get; private set; } = kind;

    public string? Description { get; private set; } = description;

    public DateTimeOffset CreatedAt { get; private set; } = createdAt;
}
