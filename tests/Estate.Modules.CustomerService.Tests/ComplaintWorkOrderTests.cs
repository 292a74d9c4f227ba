using System.Net;
using System.Text.Json;
using Estate.Testing;
using static Estate.Modules.CustomerService.Tests.CustomerServiceRequests;

namespace Estate.Modules.CustomerService.Tests;

/// <summary>Repair complaints handed to engineering as work orders, and what the service desk sees of them — with engineering on, off and absent.</summary>
[Collection(CustomerServiceHostCollection.Name)]
public sealed class ComplaintWorkOrderTests(CustomerServiceHostFixture fixture)
{
    [Fact]
    public async Task A_repair_complaint_opens_a_work_order_and_shows_its_delay_reason_once_engineering_delays_it()
    {
        var company = fixture.CompanyA;
        var staff = company.Staff("customer-service");
        var (unit, owner) = await staff.CreateHomeAsync(company.PropertyIds[0]);

        var complaint = await staff.OpenComplaintAsync(company.PropertyIds[0], "repair", ownerId: TestCompany.IdOf(owner));

        Assert.Equal("engineering", complaint.GetProperty("responsibleDepartment").GetString());
        var workOrderId = complaint.GetProperty("workOrder").GetProperty("id").GetGuid();
        var workOrder = await company.Staff("engineering").GetJsonAsync($"/api/engineering/work-orders/{workOrderId}");
        Assert.Equal(complaint.GetProperty("workOrder").GetProperty("number").GetString(), workOrder.GetProperty("number").GetString());
        Assert.Equal("customerService", workOrder.GetProperty("source").GetString());
        Assert.Contains(unit.GetProperty("number").GetString()!, workOrder.GetProperty("description").GetString(), StringComparison.Ordinal);

        await DelayAsync(company, workOrder, "电梯配件缺货");
        var url = $"{Api}/complaints/{TestCompany.IdOf(complaint)}";
        var live = await staff.GetJsonAsync(url);
        Assert.Equal("waiting", live.GetProperty("workOrder").GetProperty("status").GetString());
        Assert.Equal("电梯配件缺货", live.GetProperty("workOrder").GetProperty("delayReason").GetString());
        Assert.True(live.GetProperty("workOrder").GetProperty("live").GetBoolean());

        // The copy kept from engineering's event still tells the owner why once engineering is switched off.
        await Eventually.ReachesAsync(
            () => fixture.Database.ScalarAsync<string>("SELECT coalesce(work_order_delay_reason, '') FROM customer_service.complaints WHERE id = $1", TestCompany.IdOf(complaint)),
            reason => reason == "电梯配件缺货", "the WorkOrderDelayed event to reach the complaint");
        await SwitchEngineeringAsync(company, enabled: false);
        try
        {
            var copy = (await staff.GetJsonAsync(url)).GetProperty("workOrder");
            Assert.False(copy.GetProperty("live").GetBoolean());
            Assert.Equal("waiting", copy.GetProperty("status").GetString());
            Assert.Equal("电梯配件缺货", copy.GetProperty("delayReason").GetString());
        }
        finally
        {
            await SwitchEngineeringAsync(company, enabled: true);
        }
    }

    [Fact]
    public async Task Closing_the_work_order_shows_on_the_complaint()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        var complaint = await company.Staff("customer-service").OpenComplaintAsync(company.PropertyIds[1], "repair");
        var engineer = company.Staff("engineering");
        var url = $"/api/engineering/work-orders/{complaint.GetProperty("workOrder").GetProperty("id").GetGuid()}";
        var workOrder = await engineer.GetJsonAsync(url);
        workOrder = await Step(engineer, url, "assign", workOrder, new { assigneeUserId = company.StaffUserId("engineering") });
        workOrder = await Step(engineer, url, "start", workOrder);
        workOrder = await Step(engineer, url, "complete", workOrder, new { notes = "已更换水管" });
        await Step(engineer, url, "close", workOrder);
        await SwitchEngineeringAsync(company, enabled: false);

        var shown = await Eventually.ReachesAsync(
            async () => (await company.ReadOnly.GetJsonAsync($"{Api}/complaints/{TestCompany.IdOf(complaint)}")).GetProperty("workOrder"),
            w => w.GetProperty("status").GetString() == "closed", "the WorkOrderClosed event to reach the complaint");

        Assert.False(shown.GetProperty("live").GetBoolean());
    }

    [Fact]
    public async Task Another_category_is_handed_to_engineering_on_request_once()
    {
        var staff = fixture.CompanyA.Staff("customer-service");
        var complaint = await staff.OpenComplaintAsync(fixture.CompanyA.PropertyIds[1], "security");
        Assert.Equal(JsonValueKind.Null, complaint.GetProperty("workOrder").ValueKind);

        var handed = await staff.ActAsync(complaint, "work-order");
        var again = await staff.ActAsync(handed, "work-order", expected: HttpStatusCode.Conflict);

        Assert.Equal("engineering", handed.GetProperty("responsibleDepartment").GetString());
        Assert.Equal("new", handed.GetProperty("workOrder").GetProperty("status").GetString());
        Assert.Equal("complaint.work_order_exists", again.GetProperty("code").GetString());
    }

    [Fact]
    public async Task With_engineering_switched_off_a_repair_complaint_stays_with_customer_service()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        await SwitchEngineeringAsync(company, enabled: false);
        var staff = company.Staff("customer-service");

        var complaint = await staff.OpenComplaintAsync(company.PropertyIds[0], "repair");
        var handOver = await staff.ActAsync(complaint, "work-order", expected: HttpStatusCode.Conflict);

        Assert.Equal("customer-service", complaint.GetProperty("responsibleDepartment").GetString());
        Assert.Equal(JsonValueKind.Null, complaint.GetProperty("workOrder").ValueKind);
        Assert.Equal("engineering_unavailable", handOver.GetProperty("code").GetString());
        Assert.Equal(0L, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM engineering.work_orders WHERE organization_id = $1", company.Id));
    }

    [Fact]
    public async Task In_a_host_without_engineering_a_repair_complaint_stays_with_customer_service()
    {
        var host = await fixture.WithoutEngineeringAsync();
        var company = await TestCompany.CreateAsync(host);
        var staff = company.Staff("customer-service");

        var complaint = await staff.OpenComplaintAsync(company.PropertyIds[0], "repair");
        var handOver = await staff.ActAsync(complaint, "work-order", expected: HttpStatusCode.Conflict);
        var read = await staff.GetJsonAsync($"{Api}/complaints/{TestCompany.IdOf(complaint)}");

        Assert.Equal("customer-service", read.GetProperty("responsibleDepartment").GetString());
        Assert.Equal(JsonValueKind.Null, read.GetProperty("workOrder").ValueKind);
        Assert.Equal("engineering_unavailable", handOver.GetProperty("code").GetString());
    }

    private static async Task<JsonElement> DelayAsync(TestCompany company, JsonElement workOrder, string reason)
    {
        var engineer = company.Staff("engineering");
        var url = $"/api/engineering/work-orders/{TestCompany.IdOf(workOrder)}";
        workOrder = await Step(engineer, url, "assign", workOrder, new { assigneeUserId = company.StaffUserId("engineering") });
        return await Step(engineer, url, "delay", workOrder, new { reason });
    }

    private static async Task<JsonElement> Step(HttpClient engineer, string url, string action, JsonElement workOrder, object? fields = null)
    {
        var body = JsonSerializer.SerializeToElement(fields ?? new { }, ApiClient.Json).EnumerateObject().ToDictionary(p => p.Name, p => (object)p.Value);
        body["version"] = workOrder.GetProperty("version").GetUInt32();
        return await (await engineer.PostJsonAsync($"{url}/{action}", body)).ReadAsync(HttpStatusCode.OK);
    }

    private static async Task SwitchEngineeringAsync(TestCompany company, bool enabled) =>
        await (await company.Admin.PutJsonAsync("/api/platform/modules/engineering", new { enabled })).ReadAsync(HttpStatusCode.OK);
}
