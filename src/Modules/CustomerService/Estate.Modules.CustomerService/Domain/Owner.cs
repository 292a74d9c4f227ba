using Estate.SharedKernel.Domain;

namespace Estate.Modules.CustomerService.Domain;

/// <summary>
/// An owner or tenant linked to one unit. A person with two units has two records; the name is unique
/// within a unit, which makes unit + name the natural key for imports.
/// </summary>
internal sealed class Owner : PropertyEntity
{
    public const int NameMaxLength = 50;
    public const int PhoneMaxLength = 20;

    private Owner(Guid organizationId, Guid id, Guid propertyId, Guid unitId, string name)
        : base(organizationId, id, propertyId)
    {
        UnitId = unitId;
        Name = name;
    }

    public Guid UnitId { get; private set; }

    public string Name { get; private set; }

    public string? Phone { get; private set; }

    public ResidentKind Kind { get; private set; }

    public DateOnly? MoveInDate { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public uint Version { get; private set; }

    public bool IsOwner => Kind == ResidentKind.Owner;

    public static Owner Create(
        Guid organizationId, Guid propertyId, Guid unitId, string name, string? phone, ResidentKind kind, DateOnly? moveInDate, DateTimeOffset now) =>
        new(organizationId, Guid.CreateVersion7(now), propertyId, unitId, name.Trim())
        {
            Phone = Blank(phone),
            Kind = kind,
            MoveInDate = moveInDate,
            CreatedAt = now,
        };

    /// <summary>Changes the record, moving the person to another unit of the same property; returns whether anything changed.</summary>
    public bool Update(Guid unitId, string name, string? phone, ResidentKind kind, DateOnly? moveInDate)
    {
        if (UnitId == unitId && Name == name.Trim() && Phone == Blank(phone) && Kind == kind && MoveInDate == moveInDate)
        {
            return false;
        }

        UnitId = unitId;
        Name = name.Trim();
        Phone = Blank(phone);
        Kind = kind;
        MoveInDate = moveInDate;
        return true;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
