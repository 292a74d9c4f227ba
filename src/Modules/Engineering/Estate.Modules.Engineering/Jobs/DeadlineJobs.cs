namespace Estate.Modules.Engineering.Jobs;

internal static class DeadlineJobs
{
    /// <summary>
    /// PostgreSQL keeps microseconds: a run's timestamp cut to them is stored exactly, so the rows a
    /// statement stamped can be read back by equality.
    /// </summary>
    public static DateTimeOffset StoredPrecision(DateTimeOffset instant) => instant.AddTicks(-(instant.UtcTicks % TimeSpan.TicksPerMicrosecond));
}
