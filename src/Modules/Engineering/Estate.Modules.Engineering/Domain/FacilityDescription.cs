namespace Estate.Modules.Engineering.Domain;

/// <summary>What the ledger says about a facility; set when it is added and whenever it is corrected.</summary>
internal sealed record FacilityDescription(
    string Name,
    string? Code,
    FacilityCategory Category,
    string Location,
    DateOnly? InstalledOn,
    int? ExpectedServiceLifeMonths,
    DateOnly? WarrantyEndsOn,
    FacilityImportance Importance);
