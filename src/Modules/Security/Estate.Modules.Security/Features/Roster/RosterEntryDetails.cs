namespace Estate.Modules.Security.Features.Roster;

/// <summary>One line of a roster: who is on which post for which shift of a day.</summary>
internal sealed record RosterEntryDetails(
    Guid Id,
    Guid PropertyId,
    DateOnly Date,
    Guid ShiftId,
    string ShiftName,
    TimeOnly StartsAt,
    TimeOnly EndsAt,
    Guid PostId,
    string PostName,
    Guid GuardUserId,
    string GuardName);
