namespace Estate.Modules.Security.Domain;

/// <summary>Kinds of fire-safety inspection areas; regulations set how often each kind is inspected.</summary>
internal enum FireSafetyAreaKind
{
    /// <summary>疏散通道 / 安全出口</summary>
    EvacuationRoute,

    /// <summary>消防器材 (extinguishers, hydrants)</summary>
    FireEquipment,

    /// <summary>消防控制室</summary>
    ControlRoom,

    /// <summary>消防泵房</summary>
    PumpRoom,

    /// <summary>地下车库</summary>
    Garage,

    /// <summary>配电房</summary>
    PowerRoom,

    Other,
}
