namespace Estate.Modules.Engineering.Domain;

internal enum FacilityCategory
{
    Elevator,
    WaterSupply,
    Drainage,
    Electrical,
    Lighting,
    FireEquipment,
    AccessControl,
    Hvac,
    Other,
}
