namespace Estate.Modules.Finance.Domain;

internal static class StoredTime
{
    /// <summary>PostgreSQL keeps microseconds: "now" cut to them reads back exactly as it was answered.</summary>
    public static DateTimeOffset StoredNow(this TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        return now.AddTicks(-(now.UtcTicks % (TimeSpan.TicksPerMillisecond / 1000)));
    }
}
