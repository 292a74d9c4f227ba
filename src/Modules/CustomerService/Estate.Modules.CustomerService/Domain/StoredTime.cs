namespace Estate.Modules.CustomerService.Domain;

/// <summary>
/// PostgreSQL keeps times to the microsecond; taking "now" at that precision makes the answer to a change show
/// the same times a later read returns.
/// </summary>
internal static class StoredTime
{
    public static DateTimeOffset StoredNow(this TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        return now.AddTicks(-(now.Ticks % (TimeSpan.TicksPerMillisecond / 1000)));
    }
}
