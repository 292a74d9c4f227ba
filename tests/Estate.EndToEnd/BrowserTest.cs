using System.Runtime.CompilerServices;

namespace Estate.EndToEnd;

/// <summary>
/// Base of the browser tests: a fresh browser context (cookies) per test, a page to drive, and the screenshot
/// of the last page kept as TestResults/screenshots/&lt;TestName&gt;.png whether the test passed or not.
/// </summary>
[Collection(BrowserCollection.Name)]
public abstract class BrowserTest(BrowserFixture fixture) : IAsyncLifetime
{
    /// <summary>Desktop unless a test asks for a tablet.</summary>
    public static readonly ViewportSize Desktop = new() { Width = 1366, Height = 900 };

    public static readonly ViewportSize Tablet = new() { Width = 1024, Height = 768 };

    private IBrowserContext? _context;
    private string _testName = "";

    protected BrowserFixture Fixture { get; } = fixture;

    protected IPage Page { get; private set; } = null!;

    /// <summary>Opens the page the test drives; its screenshot is saved under the calling test's name.</summary>
    protected async Task<IPage> OpenAsync(ViewportSize? viewport = null, [CallerMemberName] string testName = "")
    {
        _testName = $"{GetType().Name}.{testName}";
        _context = await Fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Fixture.BaseUrl,
            ViewportSize = viewport ?? Desktop,
            Locale = "zh-CN",
        });
        _context.SetDefaultTimeout(30_000);
        Page = await _context.NewPageAsync();
        return Page;
    }

    /// <summary>Opens a page signed in as a demo user, on the home page with Blazor interactive.</summary>
    protected async Task<IPage> OpenSignedInAsync(string email, ViewportSize? viewport = null, [CallerMemberName] string testName = "")
    {
        var page = await OpenAsync(viewport, testName);
        await new SignInPage(page).SignInAsync(email, BrowserFixture.DemoPassword);
        await Interactive.WaitAsync(page);
        return page;
    }

    /// <summary>Goes to a path of the app and waits until Blazor has rendered it interactively.</summary>
    protected async Task GoToAsync(string path)
    {
        await Page.GotoAsync(path);
        await Interactive.WaitAsync(Page);
    }

    /// <summary>
    /// The input of a form field by its data-testid: MudBlazor puts the attribute on the input itself for text
    /// fields and on a wrapper for others, so both are looked for.
    /// </summary>
    protected ILocator Input(string testId) => Page.Locator($"input[data-testid='{testId}'], [data-testid='{testId}'] input").First;

    /// <summary>
    /// Picks the option with the text (or the first) of the select open now, and waits until it has closed: the select
    /// hands its value to the page first, and a field typed into earlier loses its text when the form re-renders. A
    /// click while the list is still moving into place can miss, so it is tried again.
    /// </summary>
    protected async Task ChooseOptionAsync(string? text)
    {
        var options = Page.Locator(".mud-popover-open .mud-list-item");
        for (var attempt = 1; ; attempt++)
        {
            await (text is null ? options.First : options.Filter(new() { HasText = text }).First).ClickAsync();
            try
            {
                await Assertions.Expect(options).ToHaveCountAsync(0, new() { Timeout = 3_000 });
                return;
            }
            catch (PlaywrightException) when (attempt < 3)
            {
            }
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_context is null)
        {
            return;
        }

        try
        {
            var path = Path.Combine(BrowserFixture.ScreenshotFolder, $"{_testName}.png");
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        }
        finally
        {
            await _context.DisposeAsync();
        }
    }
}
