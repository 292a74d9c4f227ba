using Estate.SharedKernel.Domain;

namespace Estate.Modules.Engineering.Domain;

/// <summary>A piece of equipment in the facility ledger of a property.</summary>
internal sealed class Facility(
    Guid organizationId,
    Guid id,
    Guid propertyId,
    string name,
    string? code,
    FacilityCategory category,
    string location,
    DateOnly? installedOn,
    int? expectedServiceLifeYears,
    DateTimeOffset createdAt) : PropertyEntity(organizationId, id, propertyId)
{
    public const int NameMaxLength = 200;
    public const int CodeMaxLength = 50;
    public const int LocationMaxLength = 200;

    public string Name { get; private set; } = name;

    public string? Code { get; private set; } = code;

    public FacilityCategory Category { get; private set; } = category;

    public string Location { get; private set; } = location;

    public DateOnly? InstalledOn { get; private set; } = installedOn;

    public int? ExpectedServiceLifeYears { get; private set; } = expectedServiceLifeYears;

    public DateTimeOffset CreatedAt { get; private set; } = createdAt;
}
