using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Estate.EndToEnd;

/// <summary>One page as the crawler saw it: how long it took to show, and whether it showed trouble.</summary>
public sealed record PageVisit(string Path, string? From, string Shape, IReadOnlyList<double> ShowMilliseconds, bool NotFound, IReadOnlyList<string> ErrorAlerts);

/// <summary>
/// Visits every page a signed-in user can reach: the menu's pages, then one page of each address shape they lead to
/// (a link, or a click on a list's first row), each opened by address as a person opening a bookmark would. A page is
/// shown when Blazor is interactive and nothing on it is still loading (no indeterminate progress bar).
/// </summary>
public sealed partial class PageCrawler(IPage page)
{
    private const string ErrorAlertSelector = ".mud-alert-text-error, .mud-alert-filled-error, .mud-alert-outlined-error";

    public async Task<IReadOnlyList<PageVisit>> CrawlAsync(int maxPages, int timesEach)
    {
        var menu = await page.GetByTestId("nav-menu").Locator("a[href]").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        var queue = new Queue<(string Path, string? From)>(menu.Where(IsPage).Where(p => p != "/").Prepend("/").Distinct().Select(p => (p, (string?)null)));
        var seenShapes = new HashSet<string>(queue.Select(q => Shape(q.Path)));
        var visits = new List<PageVisit>();
        while (queue.TryDequeue(out var next) && visits.Count < maxPages)
        {
            var times = new List<double>();
            for (var i = 0; i < timesEach; i++)
            {
                times.Add(await ShowAsync(next.Path));
            }

            var notFound = await page.GetByTestId("not-found").CountAsync() > 0;
            var alerts = await page.Locator(ErrorAlertSelector).AllInnerTextsAsync();
            visits.Add(new PageVisit(next.Path, next.From, Shape(next.Path), times, notFound, [.. alerts]));

            foreach (var (found, how) in await LinkedPagesAsync(tryFirstRow: next.From is null))
            {
                if (seenShapes.Add(Shape(found)))
                {
                    queue.Enqueue((found, $"{next.Path} ({how})"));
                }
            }
        }

        return visits;
    }

    /// <summary>Opens the path by address and returns the milliseconds until it is shown.</summary>
    private async Task<double> ShowAsync(string path)
    {
        var clock = Stopwatch.StartNew();
        await page.GotoAsync(path);
        await Interactive.WaitAsync(page);
        await page.WaitForFunctionAsync("() => document.querySelectorAll('.mud-progress-indeterminate').length === 0");
        return clock.Elapsed.TotalMilliseconds;
    }

    private async Task<IReadOnlyList<(string Path, string How)>> LinkedPagesAsync(bool tryFirstRow)
    {
        var links = await page.Locator(".mud-main-content a[href]").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        var pages = links.Where(IsPage).Select(l => (l.Split('?', '#')[0], $"link {l}")).ToList();
        var rows = page.Locator(".mud-main-content table tbody tr:has(td:not([colspan]))");
        if (tryFirstRow && await rows.CountAsync() > 0)
        {
            var before = page.Url;
            var cell = rows.First.Locator("td").First;
            var cellText = await cell.InnerTextAsync();
            await cell.ClickAsync();
            try
            {
                await page.WaitForURLAsync(url => url != before, new PageWaitForURLOptions { Timeout = 1_500 });
                pages.Add((new Uri(page.Url).AbsolutePath, $"first row '{cellText}'"));
            }
            catch (TimeoutException)
            {
                // A list without row navigation.
            }
        }

        return pages;
    }

    private static bool IsPage(string? href) =>
        href is not null && href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal)
        && !NotPages().IsMatch(href);

    /// <summary>The address with ids replaced, so one work order's page stands for all of them.</summary>
    public static string Shape(string path) => Ids().Replace(path.Split('?', '#')[0], "{id}");

    [GeneratedRegex(@"^/(api|account|jobs|docs|openapi|health|_)|\.(csv|ics|pdf|html)$|/export", RegexOptions.IgnoreCase)]
    private static partial Regex NotPages();

    [GeneratedRegex(@"(?<=/)([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d+)(?=/|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Ids();
}
