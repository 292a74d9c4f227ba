using Estate.SharedKernel.Ui;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace Estate.Modules.Meetings.Documents;

/// <summary>Chromium cannot print here: not installed, or it would not start.</summary>
internal sealed class PdfUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Prints the minutes' HTML to PDF with Debian's Chromium driven by Playwright (never a downloaded browser).
/// One browser for the Host, started at the first print and kept; each print gets a fresh page.
/// </summary>
internal sealed class MinutesPdfRenderer(IConfiguration configuration, ILogger<MinutesPdfRenderer> logger) : IAsyncDisposable
{
    public const string DefaultChromiumPath = "/usr/bin/chromium";

    // Flags for a headless Chromium as root in a container, without network side trips.
    private static readonly string[] LaunchArguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly SemaphoreSlim _start = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    private string ChromiumPath => configuration["Meetings:ChromiumPath"] is { Length: > 0 } path ? path : DefaultChromiumPath;

    public async Task<byte[]> PrintAsync(string html, CancellationToken cancellationToken)
    {
        var browser = await BrowserAsync(cancellationToken);
        var page = await browser.NewPageAsync();
        try
        {
            await page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load });
            return await page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true, PreferCSSPageSize = true });
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    private async Task<IBrowser> BrowserAsync(CancellationToken cancellationToken)
    {
        if (_browser is { IsConnected: true })
        {
            return _browser;
        }

        await _start.WaitAsync(cancellationToken);
        try
        {
            if (_browser is { IsConnected: true })
            {
                return _browser;
            }

            if (!File.Exists(ChromiumPath))
            {
                throw new PdfUnavailableException(Texts.T(
                    $"未在 {ChromiumPath} 安装 Chromium，无法生成 PDF（apt-get install -y chromium fonts-noto-cjk）。",
                    $"Chromium is not installed at {ChromiumPath} (apt-get install -y chromium fonts-noto-cjk)."));
            }

            try
            {
                _playwright ??= await Playwright.CreateAsync();
                _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
                {
                    ExecutablePath = ChromiumPath,
                    Headless = true,
                    Args = LaunchArguments,
                });
                logger.LogInformation("Chromium started from {ChromiumPath} for minutes PDFs", ChromiumPath);
                return _browser;
            }
            // Playwright's driver or the browser process failing to start (missing libraries, no driver) all mean the same here.
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                throw new PdfUnavailableException(
                    Texts.T($"{ChromiumPath} 的 Chromium 未能启动：{exception.Message}", $"Chromium at {ChromiumPath} did not start: {exception.Message}"), exception);
            }
        }
        finally
        {
            _start.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        _start.Dispose();
    }
}
