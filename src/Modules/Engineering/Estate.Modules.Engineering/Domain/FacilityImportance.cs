namespace Estate.Modules.Engineering.Domain;

/// <summary>How much the property depends on a facility; critical equipment is renewed and serviced first.</summary>
internal enum FacilityImportance
{
    Critical,
    High,
    Normal,
    Low,
}
