namespace Estate.Modules.Finance.Tests;

/// <summary>Waits for background work (the outbox) to show its effect, failing after a generous limit.</summary>
internal static class Eventually
{
    public static async Task<T> ReachesAsync<T>(Func<Task<T>> read, Func<T, bool> done, string what, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new Xunit.Sdk.XunitException($"Timed out after {seconds}s waiting for {what}; last value: {value}");
            }

            await Task.Delay(100);
        }
    }
}
