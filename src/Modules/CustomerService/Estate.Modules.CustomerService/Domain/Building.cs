using Estate.SharedKernel.Domain;

namespace Estate.Modules.CustomerService.Domain;

/// <summary>A building (楼栋) of a property; its name is unique within the property.</summary>
internal sealed class Building : PropertyEntity
{
    public const int NameMaxLength = 50;
    public const int MaxFloors = 200;

    private Building(Guid organizationId, Guid id, Guid propertyId, string name)
        : base(organizationId, id, propertyId) => Name = name;

    public string Name { get; private set; }

    public int? Floors { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public uint Version { get; private set; }

    public static Building Create(Guid organizationId, Guid propertyId, string name, int? floors, DateTimeOffset now) =>
        new(organizationId, Guid.CreateVersion7(now), propertyId, name.Trim()) { Floors = floors, CreatedAt = now };

    /// <summary>Returns whether anything changed, so an unchanged re-import stays silent.</summary>
    public bool Update(string name, int? floors)
    {
        var changed = Name != name.Trim() || Floors != floors;
        Name = name.Trim();
        Floors = floors;
        return changed;
    }
}
