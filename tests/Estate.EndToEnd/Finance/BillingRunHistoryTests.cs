using System.Text.RegularExpressions;

namespace Estate.EndToEnd.Finance;

/// <summary>Finance staff follow a bill generation from the history to its detail and on to the bills it created.</summary>
public sealed class BillingRunHistoryTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string FinanceStaff = "finance.staff@demo.estate";

    [Fact]
    public async Task The_latest_billing_run_opens_with_its_fee_items_and_links_to_its_bills()
    {
        var page = await OpenSignedInAsync(FinanceStaff);
        await GoToAsync("/finance/billing-runs");
        var latest = page.GetByTestId("billing-runs").Locator("tbody tr").First;
        var period = (await latest.GetByTestId("billing-run-period").InnerTextAsync()).Trim();

        await latest.ClickAsync();
        await Assertions.Expect(page.GetByTestId("billing-run-title")).ToContainTextAsync(period);
        await Assertions.Expect(page.GetByTestId("billing-run-fee-items").Locator("tbody tr").First).ToBeVisibleAsync();

        await page.GetByTestId("billing-run-bills-link").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/finance/bills\\?billingRunId="));
        await Assertions.Expect(page.GetByTestId("bill-run-filter")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("bills").Locator("tbody tr").First).ToContainTextAsync(period);
    }
}
