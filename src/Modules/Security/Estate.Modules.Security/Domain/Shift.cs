using Estate.SharedKernel.Domain;

namespace Estate.Modules.Security.Domain;

/// <summary>A shift of a property's guards in local time; a night shift ends the next day (ends at or before it starts).</summary>
internal sealed class Shift(Guid organizationId, Guid id, Guid propertyId, string name, TimeOnly startsAt, TimeOnly endsAt, DateTimeOffset createdAt)
    : PropertyEntity(organizationId, id, propertyId)
{
    public const int NameMaxLength = 50;

    public string Name { get; private set; } = name;

    public TimeOnly StartsAt { get; private set; } = startsAt;

    public TimeOnly EndsAt { get; private set; } = endsAt;

    public DateTimeOffset CreatedAt { get; private set; } = createdAt;

    public bool CrossesMidnight => EndsAt <= StartsAt;
}
