using Estate.SharedKernel.Domain;

namespace Estate.Modules.Cleaning.Domain;

/// <summary>A place where garbage is collected (垃圾房, 中转站) at a set local time every day.</summary>
internal sealed class CollectionPoint(
    Guid organizationId,
    Guid id,
    Guid propertyId,
    string name,
    string? location,
    TimeOnly collectionTime,
    DateOnly activeFrom,
    DateTimeOffset createdAt) : PropertyEntity(organizationId, id, propertyId)
{
    public const int NameMaxLength = 100;
    public const int LocationMaxLength = 200;

    public string Name { get; private set; } = name;

    public string? Location { get; private set; } = location;

    /// <summary>When the collector is due each day, in the company's local time.</summary>
    public TimeOnly CollectionTime { get; private set; } = collectionTime;

    /// <summary>The first local day a collection is expected; days before it are never marked missed.</summary>
    public DateOnly ActiveFrom { get; private set; } = activeFrom;

    public DateTimeOffset CreatedAt { get; private set; } = createdAt;
}
