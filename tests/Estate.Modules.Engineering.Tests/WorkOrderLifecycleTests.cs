using System.Net;
using System.Text.Json;
using Estate.Testing;

namespace Estate.Modules.Engineering.Tests;

[Collection(EngineeringHostCollection.Name)]
public sealed class WorkOrderLifecycleTests(EngineeringHostFixture fixture)
{
    private TestCompany Company => fixture.CompanyA;

    [Theory]
    [InlineData("urgent", 4)]
    [InlineData("high", 24)]
    [InlineData("normal", 72)]
    [InlineData("low", 168)]
    public async Task A_new_work_order_is_due_within_its_prioritys_time_limit(string priority, int hours)
    {
        var workOrder = await Company.Staff("engineering").OpenWorkOrderAsync(Company.PropertyIds[0], priority: priority);

        Assert.Equal("new", workOrder.GetProperty("status").GetString());
        Assert.StartsWith("WO-", workOrder.GetProperty("number").GetString(), StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromHours(hours), workOrder.GetProperty("deadline").GetDateTimeOffset() - workOrder.GetProperty("createdAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task A_work_order_goes_from_new_through_a_delay_to_closed_and_can_be_reopened()
    {
        var client = Company.Staff("engineering");
        var workOrder = await client.OpenWorkOrderAsync(Company.PropertyIds[0], "5号楼水泵漏水", "high");
        var url = $"/api/engineering/work-orders/{TestCompany.IdOf(workOrder)}";

        workOrder = await ActAsync(client, url, "assign", workOrder, new { assigneeUserId = Company.StaffUserId("engineering") });
        Assert.Equal("assigned", workOrder.GetProperty("status").GetString());
        Assert.Equal(Company.StaffUserId("engineering"), workOrder.GetProperty("assigneeUserId").GetGuid());
        workOrder = await ActAsync(client, url, "start", workOrder);
        workOrder = await ActAsync(client, url, "delay", workOrder, new { reason = "水泵配件缺货 (pump part out of stock)" });
        Assert.Equal("waiting", workOrder.GetProperty("status").GetString());
        Assert.Equal("水泵配件缺货 (pump part out of stock)", workOrder.GetProperty("delayReason").GetString());
        workOrder = await ActAsync(client, url, "start", workOrder);
        workOrder = await ActAsync(client, url, "complete", workOrder, new { notes = "Seal replaced" });
        Assert.Equal("done", workOrder.GetProperty("status").GetString());
        workOrder = await ActAsync(client, url, "close", workOrder);
        Assert.Equal("closed", workOrder.GetProperty("status").GetString());
        workOrder = await ActAsync(client, url, "reopen", workOrder, new { reason = "Leaking again" });

        var stored = await (await client.GetAsync(url)).ReadAsync(HttpStatusCode.OK);
        Assert.Equal("assigned", stored.GetProperty("status").GetString());
        Assert.Equal(1, stored.GetProperty("reopenCount").GetInt32());
        Assert.Equal(workOrder.GetProperty("version").GetUInt32(), stored.GetProperty("version").GetUInt32());
    }

    [Fact]
    public async Task A_change_the_rules_do_not_allow_is_409_and_changes_nothing()
    {
        var workOrder = await Company.Staff("engineering").OpenWorkOrderAsync(Company.PropertyIds[0]);
        var url = $"/api/engineering/work-orders/{TestCompany.IdOf(workOrder)}";

        var problem = await (await Company.Staff("engineering").PostJsonAsync($"{url}/close", new { version = workOrder.GetProperty("version").GetUInt32() }))
            .ReadAsync(HttpStatusCode.Conflict);

        Assert.Equal("work_order.cannot_close", problem.GetProperty("code").GetString());
        Assert.Equal("new", (await (await Company.Staff("engineering").GetAsync(url)).ReadAsync(HttpStatusCode.OK)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_stale_update_is_409_and_the_later_change_is_not_lost()
    {
        var workOrder = await Company.Staff("engineering").OpenWorkOrderAsync(Company.PropertyIds[0]);
        var url = $"/api/engineering/work-orders/{TestCompany.IdOf(workOrder)}";
        var readByBoth = workOrder.GetProperty("version").GetUInt32();

        await (await Company.Head("engineering").PostJsonAsync($"{url}/assign", new { assigneeUserId = Company.StaffUserId("engineering"), version = readByBoth }))
            .ReadAsync(HttpStatusCode.OK);
        var stale = await (await Company.Staff("engineering").PostJsonAsync($"{url}/delay", new { reason = "No key to the pump room", version = readByBoth }))
            .ReadAsync(HttpStatusCode.Conflict);

        Assert.Equal("stale", stale.GetProperty("code").GetString());
        var stored = await (await Company.Staff("engineering").GetAsync(url)).ReadAsync(HttpStatusCode.OK);
        Assert.Equal("assigned", stored.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, stored.GetProperty("delayReason").ValueKind);
    }

    [Fact]
    public async Task Lists_filter_by_property_and_priority_and_page()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        var (north, south) = (company.PropertyIds[0], company.PropertyIds[1]);
        foreach (var (property, priority) in new[] { (north, "urgent"), (north, "urgent"), (north, "low"), (south, "urgent") })
        {
            await company.Staff("engineering").OpenWorkOrderAsync(property, priority: priority);
        }

        var urgentNorth = await (await company.ReadOnly.GetAsync($"/api/engineering/work-orders?propertyId={north}&priority=urgent")).ReadAsync(HttpStatusCode.OK);
        var firstPage = await (await company.ReadOnly.GetAsync("/api/engineering/work-orders?pageSize=3")).ReadAsync(HttpStatusCode.OK);
        var secondPage = await (await company.ReadOnly.GetAsync("/api/engineering/work-orders?pageSize=3&page=2")).ReadAsync(HttpStatusCode.OK);

        Assert.Equal(2, urgentNorth.GetProperty("totalCount").GetInt32());
        Assert.All(urgentNorth.GetProperty("items").EnumerateArray(), w =>
        {
            Assert.Equal(north, w.GetProperty("propertyId").GetGuid());
            Assert.Equal("urgent", w.GetProperty("priority").GetString());
        });
        Assert.Equal(4, firstPage.GetProperty("totalCount").GetInt32());
        Assert.Equal(3, firstPage.GetProperty("items").GetArrayLength());
        Assert.Single(secondPage.GetProperty("items").EnumerateArray());
        Assert.Empty(firstPage.GetProperty("items").EnumerateArray().Select(TestCompany.IdOf).Intersect(secondPage.GetProperty("items").EnumerateArray().Select(TestCompany.IdOf)));
    }

    [Fact]
    public async Task A_user_scoped_to_one_property_sees_only_its_work_orders()
    {
        var company = fixture.CompanyA;
        var elsewhere = TestCompany.IdOf(await company.Staff("engineering").OpenWorkOrderAsync(company.PropertyIds[0], "Not in scope"));
        var scoped = await company.AddUserAsync(fixture.Host, $"south-{Guid.NewGuid():N}"[..14], "staff", "engineering", allProperties: false, propertyIds: [company.PropertyIds[1]]);

        await (await scoped.GetAsync($"/api/engineering/work-orders/{elsewhere}")).ReadAsync(HttpStatusCode.NotFound);
        var list = await (await scoped.GetAsync("/api/engineering/work-orders?pageSize=100")).ReadAsync(HttpStatusCode.OK);
        Assert.All(list.GetProperty("items").EnumerateArray(), w => Assert.Equal(company.PropertyIds[1], w.GetProperty("propertyId").GetGuid()));
        var problem = await (await scoped.PostJsonAsync("/api/engineering/work-orders", WorkOrderRequests.NewWorkOrder(company.PropertyIds[0]))).ReadAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["propertyId"], problem.ErrorFields());
    }

    [Fact]
    public async Task The_engineering_head_keeps_the_facility_ledger_and_work_orders_point_to_its_facilities()
    {
        var (north, south) = (Company.PropertyIds[0], Company.PropertyIds[1]);
        var elevator = await (await Company.Head("engineering").PostJsonAsync("/api/engineering/facilities", new
        {
            propertyId = north, name = "1号楼1号电梯", code = "EL-01", category = "elevator", location = "1号楼", installedOn = "2012-05-01", expectedServiceLifeMonths = 180,
        })).ReadAsync(HttpStatusCode.Created);
        var facilityId = TestCompany.IdOf(elevator);

        var facilities = await (await Company.ReadOnly.GetAsync($"/api/engineering/facilities?propertyId={north}")).ReadAsync(HttpStatusCode.OK);
        var withFacility = await (await Company.Staff("engineering").PostJsonAsync("/api/engineering/work-orders", new
        {
            propertyId = north, facilityId, title = "电梯困人", category = "elevator", priority = "urgent", source = "ownerRequest",
        })).ReadAsync(HttpStatusCode.Created);
        var wrongProperty = await (await Company.Staff("engineering").PostJsonAsync("/api/engineering/work-orders", new
        {
            propertyId = south, facilityId, title = "电梯困人", category = "elevator", priority = "urgent", source = "ownerRequest",
        })).ReadAsync(HttpStatusCode.BadRequest);

        Assert.Equal("2027-05-01", elevator.GetProperty("serviceLifeEndsOn").GetString());
        Assert.Contains(facilities.GetProperty("items").EnumerateArray(), f => TestCompany.IdOf(f) == facilityId);
        Assert.Equal(facilityId, withFacility.GetProperty("facilityId").GetGuid());
        Assert.Equal(["facilityId"], wrongProperty.ErrorFields());
    }

    private static async Task<JsonElement> ActAsync(HttpClient client, string url, string action, JsonElement current, object? fields = null)
    {
        var body = JsonSerializer.SerializeToNode(fields ?? new { }, ApiClient.Json)!.AsObject();
        body["version"] = current.GetProperty("version").GetUInt32();
        return await (await client.PostAsync($"{url}/{action}", new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json")))
            .ReadAsync(HttpStatusCode.OK);
    }
}
