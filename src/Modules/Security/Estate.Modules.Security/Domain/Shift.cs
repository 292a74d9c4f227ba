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

    /// <summary>PostgreSQL's xmin: an edit made on an old copy of the shift is refused.</summary>
    public uint Version { get; private set; }

    public bool CrossesMidnight => EndsAt <= StartsAt;

    /// <summary>Renames or re-times the shift; roster entries keep pointing at it and read the new hours.</summary>
    public void Change(string name, TimeOnly startsAt, TimeOnly endsAt)
    {
        Name = name;
        StartsAt = startsAt;
        EndsAt = endsAt;
    }
}
