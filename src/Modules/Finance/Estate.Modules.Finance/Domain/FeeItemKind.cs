namespace Estate.Modules.Finance.Domain;

/// <summary>How a fee item is charged each month.</summary>
internal enum FeeItemKind
{
    /// <summary>The unit price times the unit's floor area (物业费 by m²).</summary>
    PerSquareMetre,

    /// <summary>The unit price once per unit.</summary>
    PerUnit,

    /// <summary>The unit price per parking space the unit holds in the month; units without one are not billed.</summary>
    PerParkingSpace,
}
