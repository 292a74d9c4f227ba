namespace Estate.EndToEnd.CustomerService;

/// <summary>A notice drafted on the page, sent from its detail page, and found in the list.</summary>
public sealed class NoticeTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string CustomerService = "customer-service.staff@demo.estate";

    [Fact]
    public async Task A_notice_drafted_on_the_page_is_sent_and_listed()
    {
        var page = await OpenSignedInAsync(CustomerService);
        var title = $"停水通知 {Guid.NewGuid():N}"[..14];
        await GoToAsync("/customer-service/notices/new");

        // Without a title and text the form says what is missing, next to the fields, and stays open.
        await page.GetByTestId("notice-submit").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-input-helper-text.mud-input-error").First).ToBeVisibleAsync();

        // MudBlazor puts the test id on the select's own element or on its input, depending on the component.
        await page.Locator("div.mud-select[data-testid=notice-property], div.mud-select:has([data-testid=notice-property]), [data-testid=notice-property] div.mud-select").First.ClickAsync();
        await ChooseOptionAsync(null);
        await Input("notice-title-input").FillAsync(title);
        await page.Locator("[data-testid=notice-body-input] textarea, textarea[data-testid=notice-body-input]").FillAsync("明日 9:00–12:00 二次供水水箱清洗，届时停水，请提前储水。");
        await page.GetByTestId("notice-submit").ClickAsync();

        await Assertions.Expect(page.GetByTestId("notice-title")).ToHaveTextAsync(title);
        await Assertions.Expect(page.GetByTestId("notice-status")).ToContainTextAsync("草稿");
        await page.GetByTestId("action-send").ClickAsync();
        await page.GetByTestId("send-confirm").ClickAsync();
        await Assertions.Expect(page.GetByTestId("notice-status")).ToContainTextAsync("已发送");
        await Assertions.Expect(page.GetByTestId("notice-recipients")).ToBeVisibleAsync();

        await GoToAsync("/customer-service/notices");
        await Assertions.Expect(page.GetByTestId("notices")).ToContainTextAsync(title);
    }
}
