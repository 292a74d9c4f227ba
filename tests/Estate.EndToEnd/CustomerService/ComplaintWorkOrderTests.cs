using System.Net;
using Estate.Testing;

namespace Estate.EndToEnd.CustomerService;

/// <summary>
/// A complaint handed to engineering: customer service opens the work order from the complaint page, the
/// engineer delays it on the work order page with a reason, and customer service sees that reason on the complaint.
/// </summary>
public sealed class ComplaintWorkOrderTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string CustomerService = "customer-service.staff@demo.estate";
    private const string Engineer = "engineering.staff@demo.estate";

    [Fact]
    public async Task A_work_order_opened_from_a_complaint_shows_its_delay_reason_on_the_complaint()
    {
        var complaintId = await RegisterComplaintAsync();

        // Customer service hands the complaint to engineering.
        var page = await OpenAsync();
        await SignInAsync(CustomerService);
        await ShowAsync($"/customer-service/complaints/{complaintId}", "complaint-title");
        await page.GetByTestId("action-open-work-order").ClickAsync();
        await page.GetByTestId("action-confirm").ClickAsync();
        var workOrderPanel = page.GetByTestId("complaint-work-order");
        await Assertions.Expect(workOrderPanel).ToBeVisibleAsync();
        var workOrderHref = await workOrderPanel.Locator("a").First.GetAttributeAsync("href");
        Assert.NotNull(workOrderHref);

        // The engineer, once it is assigned, puts it on hold on the work order page.
        await AssignToEngineerAsync(workOrderHref!.Split('/').Last());
        await SwitchUserAsync(Engineer);
        await ShowAsync(workOrderHref, "work-order-title");
        await page.GetByTestId("action-delay").ClickAsync();
        await page.Locator("[data-testid=delay-reason] textarea, textarea[data-testid=delay-reason]").FillAsync("等待电梯厂家配件，预计三天到货");
        await page.GetByTestId("action-confirm").ClickAsync();
        await Assertions.Expect(page.GetByTestId("work-order-delay-reason")).ToHaveTextAsync("等待电梯厂家配件，预计三天到货");
        await Assertions.Expect(page.GetByTestId("work-order-status")).ToContainTextAsync("等待中");

        // Customer service sees why the repair waits.
        await SwitchUserAsync(CustomerService);
        await ShowAsync($"/customer-service/complaints/{complaintId}", "complaint-title");
        await Assertions.Expect(page.GetByTestId("complaint-work-order-delay-reason")).ToHaveTextAsync("等待电梯厂家配件，预计三天到货");
        await Assertions.Expect(page.GetByTestId("complaint-work-order-status")).ToContainTextAsync("等待中");
    }

    private async Task SwitchUserAsync(string email)
    {
        await Page.GotoAsync("/account/sign-out");
        await SignInAsync(email);
    }

    private Task SignInAsync(string email) => new SignInPage(Page).SignInAsync(email, BrowserFixture.DemoPassword);

    // The pages render only once the circuit is up (no prerendering), so their own element means interactive.
    private async Task ShowAsync(string path, string testId)
    {
        await Page.GotoAsync(path);
        await Page.GetByTestId(testId).WaitForAsync();
    }

    private async Task<Guid> RegisterComplaintAsync()
    {
        var api = await Fixture.ApiAsync(CustomerService);
        var properties = await (await api.GetAsync("/api/platform/properties")).ReadAsync(HttpStatusCode.OK);
        var propertyId = properties.EnumerateArray().First().GetProperty("id").GetGuid();
        var complaint = await (await api.PostJsonAsync("/api/customer-service/complaints", new
        {
            propertyId,
            kind = "complaint",
            category = "noise",
            channel = "phone",
            contactName = "王先生",
            contactPhone = "13800138000",
            title = "3号楼电梯运行时异响，夜间影响休息",
        })).ReadAsync(HttpStatusCode.Created);
        return complaint.GetProperty("id").GetGuid();
    }

    private async Task AssignToEngineerAsync(string workOrderId)
    {
        var api = await Fixture.ApiAsync(Engineer);
        var assignees = await (await api.GetAsync("/api/engineering/assignees")).ReadAsync(HttpStatusCode.OK);
        var engineer = assignees.EnumerateArray().First(u => u.GetProperty("displayName").GetString()!.Contains("刘师傅", StringComparison.Ordinal));
        var workOrder = await (await api.GetAsync($"/api/engineering/work-orders/{workOrderId}")).ReadAsync(HttpStatusCode.OK);
        await (await api.PostJsonAsync($"/api/engineering/work-orders/{workOrderId}/assign", new
        {
            assigneeUserId = engineer.GetProperty("id").GetGuid(),
            version = workOrder.GetProperty("version").GetUInt32(),
        })).ReadAsync(HttpStatusCode.OK);
    }
}
