namespace Estate.Modules.Engineering.Domain;

/// <summary>What a project is to do, who answers for it, when, for how much and to what effect.</summary>
internal sealed record ProjectPlan(
    string Title,
    string? Description,
    Guid ResponsibleUserId,
    string ResponsibleName,
    DateOnly PlannedStartOn,
    DateOnly PlannedEndOn,
    decimal EstimatedCost,
    string ExpectedEffect);
