namespace Estate.Modules.Security.Domain;

internal enum PostKind
{
    Gate,
    Patrol,
    ControlRoom,
    Parking,
    Lobby,
    Other,
}
