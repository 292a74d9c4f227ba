namespace Estate.Modules.Cleaning.Domain;

internal enum CleaningTaskStatus
{
    /// <summary>Due, not done yet.</summary>
    Pending,

    /// <summary>Done, waiting for an inspection (or never inspected).</summary>
    Done,

    /// <summary>Inspected and accepted.</summary>
    Passed,

    /// <summary>Inspected and refused; to be redone.</summary>
    Failed,

    /// <summary>Not done by the end of its window; set by the MarkMissedCleaningTasks job.</summary>
    Missed,
}
