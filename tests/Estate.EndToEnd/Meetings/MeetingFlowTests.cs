namespace Estate.EndToEnd.Meetings;

/// <summary>A meeting run on a tablet from its agenda to its minutes, as the demo company's manager.</summary>
public sealed class MeetingFlowTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private static readonly LocatorWaitForOptions ReportsPulled = new() { Timeout = 60_000 };

    [Fact]
    public async Task A_manager_runs_a_meeting_from_the_pulled_reports_to_the_minutes()
    {
        const string title = "端到端测试工作会议";
        const string problem = "电梯维修延误导致业主投诉";
        const string action = "建立工程部与客服部延误通报机制";
        // Signs in without waiting for the layout's "app-ready" marker, which the Host does not render yet: the
        // meeting pages' own elements show that Blazor is interactive.
        var page = await OpenAsync(Tablet);
        await new SignInPage(page).SignInAsync("manager@demo.estate", BrowserFixture.DemoPassword);
        await page.GotoAsync("/meetings/new");
        await page.GetByTestId("meeting-save").WaitForAsync(ReportsPulled);
        await Field(page, "meeting-title").FillAsync(title);
        await page.GetByTestId("meeting-save").ClickAsync();

        await page.GetByTestId("reports").WaitForAsync(ReportsPulled);
        await Assertions.Expect(page.GetByTestId("meeting-title")).ToHaveTextAsync(title);
        await Assertions.Expect(page.GetByTestId("report-engineering").GetByTestId("indicators")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("missing-reports")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "meeting-agenda.png"), FullPage = false });

        await Step(page, "问题分析").ClickAsync();
        await page.GetByTestId("add-problem").ClickAsync();
        await Field(page, "problem-title").FillAsync(problem);
        await Field(page, "problem-root-cause").FillAsync("维保单位配件到货慢，延误未通知客服");
        await page.GetByTestId("problem-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("problem").Filter(new() { HasText = problem })).ToBeVisibleAsync();

        await Step(page, "计划与目标").ClickAsync();
        await page.GetByTestId("add-action-item").ClickAsync();
        await Field(page, "item-title").FillAsync(action);
        await page.GetByTestId("item-owner").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "Engineering head" }).First.ClickAsync();
        await page.GetByTestId("item-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("action-items").GetByTestId("action-item").Filter(new() { HasText = action })).ToBeVisibleAsync();

        await Step(page, "总结与闭会").ClickAsync();
        await Field(page, "closing-summary").FillAsync("会议决定建立延误通报机制，工程部两周内完成。");
        await page.GetByTestId("close-meeting").ClickAsync();
        await page.GetByTestId("close-confirm").ClickAsync();
        await Assertions.Expect(page.GetByTestId("meeting-status")).ToHaveTextAsync("已闭会", new() { Timeout = 60_000 });

        await page.GetByTestId("open-minutes").ClickAsync();
        await page.GetByTestId("minutes").WaitForAsync();
        await Assertions.Expect(page.GetByTestId("minutes-problem").Filter(new() { HasText = problem })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("minutes-action-items").First).ToContainTextAsync(action);
        await Assertions.Expect(page.GetByTestId("minutes-summary")).ToContainTextAsync("延误通报机制");
        await Assertions.Expect(page.GetByTestId("minutes-report").First).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "meeting-minutes.png"), FullPage = true });
    }

    /// <summary>A text field's input, wherever MudBlazor puts the test id (on the input or around it).</summary>
    private static ILocator Field(IPage page, string testId) =>
        page.Locator($"input[data-testid={testId}], textarea[data-testid={testId}], [data-testid={testId}] input, [data-testid={testId}] textarea").First;

    private static ILocator Step(IPage page, string name) => page.Locator(".mud-tab").Filter(new() { HasText = name });
}
