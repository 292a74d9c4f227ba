using Estate.Modules.CustomerService.Contracts;
using Estate.Modules.CustomerService.Domain;

namespace Estate.Modules.CustomerService.Features.Units;

/// <summary>The one way a unit becomes a <see cref="UnitChanged"/> fact for other departments.</summary>
internal static class UnitEvents
{
    public static UnitChanged Changed(Unit unit, string buildingName) =>
        new(unit.OrganizationId, unit.Id, unit.PropertyId, unit.BuildingId, buildingName, unit.Number, unit.FloorArea);
}
