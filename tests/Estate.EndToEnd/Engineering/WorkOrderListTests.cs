namespace Estate.EndToEnd.Engineering;

/// <summary>The work-order list on the demo data, filtered as the dashboard's overdue figure links to it.</summary>
public sealed class WorkOrderListTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task The_engineering_head_sees_the_work_orders_and_can_narrow_them_to_the_overdue()
    {
        var page = await OpenAsync();
        await new SignInPage(page).SignInAsync("engineering.head@demo.estate", BrowserFixture.DemoPassword);
        await page.GotoAsync("/engineering/work-orders");
        var rows = page.GetByTestId("work-orders").Locator("tbody tr");
        await Assertions.Expect(rows.First).ToBeVisibleAsync();
        Assert.True(await rows.CountAsync() > 1);

        await page.GotoAsync("/engineering/work-orders?overdue=true");
        await Assertions.Expect(page.GetByTestId("work-orders")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("new-work-order")).ToBeVisibleAsync();

        await page.GotoAsync("/engineering/work-orders");
        await Assertions.Expect(rows.First).ToBeVisibleAsync();
    }
}
