namespace Estate.Modules.Cleaning.Domain;

internal enum ZoneKind
{
    Lobby,
    Stairwell,
    Corridor,
    Elevator,
    Garage,
    GreenArea,
    Road,
    Facility,
    Other,
}
