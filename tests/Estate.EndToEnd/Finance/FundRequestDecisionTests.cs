using System.Net;
using Estate.Testing;

namespace Estate.EndToEnd.Finance;

/// <summary>The finance head answers a department's fund request on its page.</summary>
public sealed class FundRequestDecisionTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string FinanceHead = "finance.head@demo.estate";

    [Fact]
    public async Task The_finance_head_partly_approves_a_pending_fund_request_and_sees_its_new_status()
    {
        // A request of its own, so the demo's pending ones stay for people looking at the demo.
        var id = await RequestFundsAsync("端到端测试：秩序部对讲机电池更换", 1_200m);
        var page = await OpenSignedInAsync(FinanceHead);
        await page.GotoAsync($"/finance/fund-requests/{id}");
        await Assertions.Expect(page.GetByTestId("fund-request-status")).ToHaveTextAsync("待审批");

        await page.GetByTestId("decision").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "部分批准" }).First.ClickAsync();
        await Input("approved-amount").FillAsync("800");
        await page.Locator("textarea[data-testid='decision-reason'], [data-testid='decision-reason'] textarea").First.FillAsync("先更换一半，其余下月再议");
        // The department may have no budget left this year: the head approves beyond it knowingly.
        await page.GetByText("允许超出剩余预算").ClickAsync();
        await page.GetByTestId("decision-submit").ClickAsync();

        await Assertions.Expect(page.GetByTestId("fund-request-status")).ToHaveTextAsync("部分批准");
        await Assertions.Expect(page.GetByTestId("fund-request-approved")).ToContainTextAsync("800");
        await Assertions.Expect(page.GetByTestId("decide-fund-request")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_finance_head_approves_a_pending_fund_request_in_full()
    {
        var id = await RequestFundsAsync("端到端测试：巡更棒充电座", 600m);
        var page = await OpenSignedInAsync(FinanceHead);
        await page.GotoAsync($"/finance/fund-requests/{id}");
        await Assertions.Expect(page.GetByTestId("fund-request-status")).ToHaveTextAsync("待审批");

        await page.GetByText("允许超出剩余预算").ClickAsync();
        await page.GetByTestId("decision-submit").ClickAsync();

        await Assertions.Expect(page.GetByTestId("fund-request-status")).ToHaveTextAsync("已批准");
        await Assertions.Expect(page.GetByTestId("fund-request-approved")).ToContainTextAsync("600");
    }

    private async Task<Guid> RequestFundsAsync(string purpose, decimal amount)
    {
        var api = await Fixture.ApiAsync(FinanceHead);
        var receipt = await (await api.PostJsonAsync("/api/finance/fund-requests", new { department = "security", purpose, amount }))
            .ReadAsync(HttpStatusCode.Created);
        return receipt.GetProperty("fundRequestId").GetGuid();
    }
}
