using System.Net;
using Estate.Testing;

namespace Estate.EndToEnd.Security;

/// <summary>The security head sets up a post and a shift, rosters a guard on them for a day and takes the guard off again.</summary>
public sealed class RosterEditingTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string SecurityHead = "security.head@demo.estate";

    [Fact]
    public async Task A_new_post_and_shift_take_a_guard_on_the_weekly_roster_and_the_entry_is_removed()
    {
        var suffix = Guid.NewGuid().ToString("N")[..4];
        var (post, shift) = ($"端到端岗{suffix}", $"端到端班{suffix}");
        var property = await FirstPropertyNameAsync();
        var page = await OpenSignedInAsync(SecurityHead);

        await GoToAsync("/security/posts");
        await ChooseAsync("post-property", property);
        await ChooseAsync("post-kind", "门岗");
        await Input("post-name").FillAsync(post);
        await Input("post-location").FillAsync("东门车辆入口");
        await page.GetByTestId("post-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("posts").Locator("tbody tr").Filter(new() { HasText = post })).ToBeVisibleAsync();

        await GoToAsync("/security/shifts");
        await ChooseAsync("shift-property", property);
        await Input("shift-name").FillAsync(shift);
        await Input("shift-starts").FillAsync("20:00");
        await Input("shift-ends").FillAsync("08:00");
        await page.GetByTestId("shift-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("shifts").Locator("tbody tr").Filter(new() { HasText = shift })).ToContainTextAsync("次日");

        // A week far ahead, so the demo's roster stays as it is; 2031-03-03 is a Monday.
        await GoToAsync("/security/roster?week=2031-03-03");
        await ChooseAsync("roster-property", property);
        await ChooseAsync("roster-post", post);
        await ChooseAsync("roster-shift", shift);
        await ChooseAsync("roster-guard", "吴保安");
        await ChooseAsync("roster-date", null);
        await page.GetByTestId("roster-add").ClickAsync();
        var cell = page.GetByTestId($"roster-cell-{post}-{shift}-2031-03-03");
        await Assertions.Expect(cell.GetByTestId("roster-entry")).ToContainTextAsync("吴保安");

        await cell.Locator(".mud-chip-close-button").ClickAsync();
        await Assertions.Expect(cell.GetByTestId("roster-entry")).ToHaveCountAsync(0);
    }

    /// <summary>Opens a select by its test id (MudBlazor puts it on the select or its input) and picks the option with the text, or the first.</summary>
    private async Task ChooseAsync(string testId, string? text)
    {
        await Page.Locator($"div.mud-select[data-testid={testId}], div.mud-select:has([data-testid={testId}]), [data-testid={testId}] div.mud-select").First.ClickAsync();
        await ChooseOptionAsync(text);
    }

    private async Task<string> FirstPropertyNameAsync()
    {
        var head = await Fixture.ApiAsync(SecurityHead);
        var properties = await (await head.GetAsync("/api/platform/properties")).ReadAsync(HttpStatusCode.OK);
        return properties.EnumerateArray().First().GetProperty("name").GetString()!;
    }
}
