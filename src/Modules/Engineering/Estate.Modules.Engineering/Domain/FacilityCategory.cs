namespace Estate.Modules.Engineering.Domain;

internal enum FacilityCategory
{
    Elevator,
    WaterSupply,
    Power,
    Lighting,
    FireEquipment,
    AccessGates,
    Other,
}
