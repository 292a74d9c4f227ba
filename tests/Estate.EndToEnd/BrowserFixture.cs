using System.Net;
using Estate.Testing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Estate.EndToEnd;

/// <summary>
/// One Host for the whole project, served by Kestrel on a loopback port with every built module and the demo
/// company (Seed:Demo=true), and one headless Chromium — Debian's, never a downloaded one.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string DemoPassword = "Demo!2026";

    /// <summary>Chromium's switches for a container without a GPU, a sandbox or network beyond loopback.</summary>
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private ModuleFolders _modules = null!;
    private IPlaywright _playwright = null!;

    public TestDatabase Database { get; private set; } = null!;

    public EstateHost Host { get; private set; } = null!;

    /// <summary>The Host's address, e.g. http://127.0.0.1:41234 (no trailing slash).</summary>
    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where every test leaves the screenshot of its last page.</summary>
    public static string ScreenshotFolder =>
        Environment.GetEnvironmentVariable("ESTATE_SCREENSHOTS") ?? Path.Combine(TestEnvironment.RepositoryRoot, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync("e2e");
        _modules = ModuleFolders.With([.. InstalledModules(), "Probe"]);
        Host = new EstateHost(Database.ConnectionString, _modules.Path, new Dictionary<string, string?>
        {
            ["Seed:Demo"] = "true",
            ["Jobs:Enabled"] = "false",
        });
        Host.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        Host.StartServer();
        BaseUrl = Host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("ESTATE_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    /// <summary>An API client signed in as a demo user (bearer token), for arranging and restoring state.</summary>
    public Task<HttpClient> ApiAsync(string email) => Host.SignInAsync(email, DemoPassword);

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
        await Host.DisposeAsync();
        await Database.DisposeAsync();
        _modules.Dispose();
    }

    // Every department module build.sh published: the browser sees the platform as run.sh serves it.
    private static IEnumerable<string> InstalledModules() =>
        Directory.EnumerateDirectories(TestEnvironment.ModulesPath).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
