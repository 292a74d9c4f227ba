namespace Estate.Modules.Cleaning.Domain;

/// <summary>Why a dead corner cannot be cleared by cleaners alone.</summary>
internal enum EngineeringNeed
{
    /// <summary>The structure must change (a drain, a ledge, a gap): a civil work order.</summary>
    BuildingWork,

    /// <summary>Special tools or access (high work, a cherry picker): an "other" work order.</summary>
    SpecialTools,
}
