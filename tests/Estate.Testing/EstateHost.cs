using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace Estate.Testing;

/// <summary>
/// The real Host, in process, on a test database and a chosen modules folder. Settings go in through
/// UseSetting, which the Host reads before it loads modules.
/// </summary>
public sealed class EstateHost(string connectionString, string modulesPath, IReadOnlyDictionary<string, string?>? settings = null)
    : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@estate.test";
    public const string AdminPassword = "Admin!Test2026";

    public LogSink Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Estate", connectionString);
        builder.UseSetting("Modules:Path", modulesPath);
        builder.UseSetting("Seed:AdminEmail", AdminEmail);
        builder.UseSetting("Seed:AdminPassword", AdminPassword);
        builder.UseSetting("Outbox:PollIntervalMs", "100");
        builder.UseSetting("Jobs:PollIntervalMs", "200");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();

        // Hangfire keeps the Host's logger factory in a static; let the next Host set its own.
        Hangfire.Logging.LogProvider.SetCurrentLogProvider(null);
    }
}
