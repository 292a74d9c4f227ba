namespace Estate.Modules.Security.Domain;

/// <summary>What a check-in counted for.</summary>
internal enum CheckInOutcome
{
    OnTime,
    Late,

    /// <summary>The checkpoint of every task open at that time was already checked in.</summary>
    AlreadyCheckedIn,

    /// <summary>No patrol task had this checkpoint open at that time; the scan is kept on record only.</summary>
    NoTask,
}
