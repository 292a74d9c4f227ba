namespace Estate.Modules.Cleaning.Domain;

internal enum CollectionStatus
{
    OnTime,

    /// <summary>Collected later than the scheduled time plus the company's tolerance.</summary>
    Late,

    /// <summary>No collection recorded by the end of the day; set by the MarkMissedCollections job.</summary>
    Missed,
}
