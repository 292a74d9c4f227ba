namespace Estate.Host.Jobs;

/// <summary>
/// The company a job is being enqueued for. Hangfire's client filters are singletons, so the tenant
/// travels to <see cref="JobTenantFilter"/> through this async-local value.
/// </summary>
internal static class JobTenant
{
    public const string Parameter = "TenantId";

    private static readonly AsyncLocal<Guid?> Current = new();

    public static Guid? Value => Current.Value;

    public static IDisposable Use(Guid organizationId)
    {
        var previous = Current.Value;
        Current.Value = organizationId;
        return new Restore(previous);
    }

    private sealed class Restore(Guid? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }
}
