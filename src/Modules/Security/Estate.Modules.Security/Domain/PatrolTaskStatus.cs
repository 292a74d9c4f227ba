namespace Estate.Modules.Security.Domain;

internal enum PatrolTaskStatus
{
    Scheduled,
    InProgress,

    /// <summary>Every checkpoint checked in, on time or late.</summary>
    Complete,

    /// <summary>Some checkpoints checked in, the others missed.</summary>
    Incomplete,

    /// <summary>No checkpoint checked in at all: nobody walked the round.</summary>
    Absent,
}
