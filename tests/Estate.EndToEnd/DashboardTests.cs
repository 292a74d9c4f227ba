using System.Net;
using Estate.Testing;

namespace Estate.EndToEnd;

/// <summary>The managers' home dashboard in the browser.</summary>
public sealed class DashboardTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private static readonly Guid SunshineGarden = Guid.Parse("0193a000-0000-7000-8000-000000000101");

    [Fact]
    public async Task The_dashboard_shows_each_departments_figures_and_charts_for_the_month()
    {
        // The probe module stands in for a department with figures recorded today.
        var staff = await Fixture.ApiAsync("manager@demo.estate");
        foreach (var (code, value) in new[] { ("satisfaction", 92m), ("response", 75m), ("satisfaction", 88m) })
        {
            await (await staff.PostJsonAsync("/api/probe/figures", new { propertyId = SunshineGarden, code, value, recordedAt = DateTimeOffset.UtcNow }))
                .ReadAsync(HttpStatusCode.OK);
        }

        var page = await OpenSignedInAsync("manager@demo.estate");

        var probe = page.Locator("[data-testid=dashboard-section][data-module=probe]");
        await Assertions.Expect(probe).ToContainTextAsync("测试探针");
        await Assertions.Expect(probe.Locator("[data-testid=dashboard-figure][data-code=figures]")).ToBeVisibleAsync();
        await Assertions.Expect(probe.Locator("[data-testid=dashboard-chart] svg").First).ToBeVisibleAsync();
        await Assertions.Expect(probe.Locator("[data-testid=dashboard-chart] svg rect, [data-testid=dashboard-chart] svg path").First).ToBeAttachedAsync();
    }

    [Fact]
    public async Task Choosing_last_month_changes_the_period_shown()
    {
        var page = await OpenSignedInAsync("manager@demo.estate");
        var period = page.GetByTestId("dashboard-period-text");
        await Assertions.Expect(period).ToBeVisibleAsync();
        var thisMonth = await period.InnerTextAsync();

        await page.GetByTestId("dashboard-period").Locator("div.mud-select").First.ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "上月" }).ClickAsync();

        await Assertions.Expect(period).Not.ToHaveTextAsync(thisMonth);
    }
}
