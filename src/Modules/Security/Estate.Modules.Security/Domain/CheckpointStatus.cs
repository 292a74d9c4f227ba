namespace Estate.Modules.Security.Domain;

internal enum CheckpointStatus
{
    Pending,
    Done,
    Late,
    Missed,
}
