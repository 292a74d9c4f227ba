namespace Estate.Modules.Cleaning.Contracts;

/// <summary>How cleaning names its records on other departments' records, e.g. a work order's reference.</summary>
public static class CleaningReferences
{
    /// <summary>A hygiene dead corner (卫生死角) that needed engineering work.</summary>
    public const string DeadCorner = "cleaning.dead-corner";
}
