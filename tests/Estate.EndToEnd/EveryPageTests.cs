using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Estate.EndToEnd;

/// <summary>
/// Every page a user can reach opens without trouble: the menu's pages and the pages they lead to. With
/// ESTATE_PAGE_TIMINGS set to a file (build/measure-pages.sh), each page is also opened five times and its display
/// times written there; no time is asserted here.
/// </summary>
public sealed class EveryPageTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private static readonly string[] DepartmentModules = ["engineering", "customer-service", "security", "cleaning", "finance", "meetings"];

    [Theory]
    [InlineData("manager@demo.estate")]
    [InlineData("companyadmin@demo.estate")]
    public async Task Every_page_in_reach_opens_without_errors(string email)
    {
        var timingsFile = Environment.GetEnvironmentVariable("ESTATE_PAGE_TIMINGS");
        var page = await OpenSignedInAsync(email);
        var errorsBefore = Fixture.Host.Logs.Entries.Count(e => e.Level >= LogLevel.Error);

        var visits = await new PageCrawler(page).CrawlAsync(maxPages: 150, timesEach: timingsFile is null ? 1 : 5);

        // A page left while its charts still render loses its circuit mid-call (JSDisconnectedException): the reader
        // has gone, nothing failed for anyone.
        var newErrors = Fixture.Host.Logs.Entries.Where(e => e.Level >= LogLevel.Error).Skip(errorsBefore)
            .Where(e => !e.Message.Contains("JSDisconnectedException", StringComparison.Ordinal))
            .Select(e => $"{e.Category}: {e.Message}").ToList();
        Assert.True(newErrors.Count == 0, string.Join(Environment.NewLine, newErrors));
        Assert.Empty(visits.Where(v => v.NotFound || v.Path == "/not-found").Select(v => $"{v.Path} (from {v.From ?? "the menu"})"));
        Assert.Empty(visits.Where(v => v.ErrorAlerts.Count > 0).Select(v => $"{v.Path}: {string.Join(" | ", v.ErrorAlerts)}"));
        Assert.All(DepartmentModules, module => Assert.Contains(visits, v => v.Path.StartsWith($"/{module}/", StringComparison.Ordinal)));
        Assert.Contains(visits, v => v.Shape.Contains("{id}", StringComparison.Ordinal));
        if (timingsFile is not null)
        {
            await File.AppendAllLinesAsync(timingsFile, visits.Select(v => string.Join('\t',
                email, v.Shape, Median(v.ShowMilliseconds).ToString("F0", CultureInfo.InvariantCulture),
                v.ShowMilliseconds.Max().ToString("F0", CultureInfo.InvariantCulture))));
        }
    }

    private static double Median(IReadOnlyList<double> values) => values.Order().ElementAt(values.Count / 2);
}
