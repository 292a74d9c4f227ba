using Estate.SharedKernel.Domain;

namespace Estate.Modules.CustomerService.Domain;

/// <summary>
/// A unit (户) in a building: its number is unique within the building (e.g. "2-1502": entrance 2, room 1502),
/// so property + building name + unit number is its natural key for imports.
/// </summary>
internal sealed class Unit : PropertyEntity
{
    public const int NumberMaxLength = 32;
    public const int EntranceMaxLength = 20;
    public const decimal MaxFloorArea = 100_000m;

    private Unit(Guid organizationId, Guid id, Guid propertyId, Guid buildingId, string number)
        : base(organizationId, id, propertyId)
    {
        BuildingId = buildingId;
        Number = number;
    }

    public Guid BuildingId { get; private set; }

    public string Number { get; private set; }

    /// <summary>The entrance or stairwell (单元), where the building has several.</summary>
    public string? Entrance { get; private set; }

    public int? Floor { get; private set; }

    /// <summary>Floor area in m², two decimals; property fees are charged on it.</summary>
    public decimal FloorArea { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public uint Version { get; private set; }

    public static Unit Create(
        Guid organizationId, Guid propertyId, Guid buildingId, string number, string? entrance, int? floor, decimal floorArea, DateTimeOffset now) =>
        new(organizationId, Guid.CreateVersion7(now), propertyId, buildingId, number.Trim())
        {
            Entrance = Blank(entrance),
            Floor = floor,
            FloorArea = decimal.Round(floorArea, 2),
            CreatedAt = now,
            UpdatedAt = now,
        };

    /// <summary>Returns whether anything changed, so an unchanged re-import publishes nothing.</summary>
    public bool Update(string number, string? entrance, int? floor, decimal floorArea, DateTimeOffset now)
    {
        var area = decimal.Round(floorArea, 2);
        if (Number == number.Trim() && Entrance == Blank(entrance) && Floor == floor && FloorArea == area)
        {
            return false;
        }

        Number = number.Trim();
        Entrance = Blank(entrance);
        Floor = floor;
        FloorArea = area;
        UpdatedAt = now;
        return true;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
