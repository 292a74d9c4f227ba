using System.Net;
using System.Text.Json;
using Estate.Testing;
using static Estate.Modules.Security.Tests.SecurityApi;

namespace Estate.Modules.Security.Tests;

[Collection(SecurityHostCollection.Name)]
public sealed class AccessProblemTests(SecurityHostFixture fixture)
{
    [Fact]
    public async Task A_problem_needing_repair_opens_an_access_control_work_order_and_shows_its_status_from_engineering()
    {
        var company = fixture.CompanyA;
        var problem = await company.Staff("security").ReportAccessProblemAsync(company.PropertyIds[0], needsRepair: true, gate: "2号楼1单元门禁", foundOnPatrol: true);
        var workOrderUrl = $"/api/engineering/work-orders/{problem.GetProperty("workOrderId").GetGuid()}";

        var workOrder = await (await company.Staff("engineering").GetAsync(workOrderUrl)).ReadAsync(HttpStatusCode.OK);
        workOrder = await (await company.Staff("engineering").PostJsonAsync($"{workOrderUrl}/assign", new
        {
            assigneeUserId = company.StaffUserId("engineering"), version = VersionOf(workOrder),
        })).ReadAsync(HttpStatusCode.OK);
        await (await company.Staff("engineering").PostJsonAsync($"{workOrderUrl}/delay", new { reason = "读卡器配件缺货", version = VersionOf(workOrder) }))
            .ReadAsync(HttpStatusCode.OK);
        var detail = await (await company.ReadOnly.GetAsync($"/api/security/access-problems/{TestCompany.IdOf(problem)}")).ReadAsync(HttpStatusCode.OK);

        Assert.Equal("inRepair", problem.GetProperty("status").GetString());
        Assert.Equal("new", problem.GetProperty("workOrder").GetProperty("status").GetString());
        Assert.Equal("accessControl", workOrder.GetProperty("category").GetString());
        Assert.Equal("patrol", workOrder.GetProperty("source").GetString());
        Assert.Equal(company.PropertyIds[0], workOrder.GetProperty("propertyId").GetGuid());
        Assert.Contains("2号楼1单元门禁", workOrder.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(workOrder.GetProperty("number").GetString(), detail.GetProperty("workOrderNumber").GetString());
        Assert.Equal("waiting", detail.GetProperty("workOrder").GetProperty("status").GetString());
        Assert.Equal("读卡器配件缺货", detail.GetProperty("workOrder").GetProperty("delayReason").GetString());
    }

    [Fact]
    public async Task With_engineering_switched_off_a_problem_needing_repair_stays_with_security_until_engineering_is_back()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        await company.SwitchModuleAsync("engineering", enabled: false);

        var problem = await company.Staff("security").ReportAccessProblemAsync(company.PropertyIds[0], needsRepair: true);
        var waiting = await (await company.Head("security").GetAsync("/api/security/access-problems?withoutWorkOrder=true")).ReadAsync(HttpStatusCode.OK);
        var workOrders = await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM engineering.work_orders WHERE organization_id = $1", company.Id);
        await company.SwitchModuleAsync("engineering", enabled: true);
        var sent = await (await company.Staff("security").PostJsonAsync($"/api/security/access-problems/{TestCompany.IdOf(problem)}/repair", new { version = VersionOf(problem) }))
            .ReadAsync(HttpStatusCode.OK);

        Assert.Equal("inRepair", problem.GetProperty("status").GetString());
        Assert.True(problem.GetProperty("needsRepair").GetBoolean());
        Assert.Equal(JsonValueKind.Null, problem.GetProperty("workOrderId").ValueKind);
        Assert.Equal(JsonValueKind.Null, problem.GetProperty("workOrder").ValueKind);
        Assert.Equal([TestCompany.IdOf(problem)], waiting.GetProperty("items").EnumerateArray().Select(TestCompany.IdOf));
        Assert.Equal(0L, workOrders);
        Assert.Equal("internal", (await (await company.Staff("engineering").GetAsync($"/api/engineering/work-orders/{sent.GetProperty("workOrderId").GetGuid()}"))
            .ReadAsync(HttpStatusCode.OK)).GetProperty("source").GetString());
    }

    [Fact]
    public async Task A_problem_without_repair_stays_open_until_resolved_and_a_resolved_one_refuses_more()
    {
        var company = fixture.CompanyA;
        var guard = company.Staff("security");
        var problem = await guard.ReportAccessProblemAsync(company.PropertyIds[1], needsRepair: false, gate: "北门访客登记");
        var url = $"/api/security/access-problems/{TestCompany.IdOf(problem)}";

        var stale = await (await guard.PostJsonAsync($"{url}/resolve", new { resolution = "已培训", version = VersionOf(problem) + 1000 })).ReadAsync(HttpStatusCode.Conflict);
        var resolved = await (await guard.PostJsonAsync($"{url}/resolve", new { resolution = "已对保安班组进行操作培训", version = VersionOf(problem) })).ReadAsync(HttpStatusCode.OK);
        var repairAfter = await (await guard.PostJsonAsync($"{url}/repair", new { version = VersionOf(resolved) })).ReadAsync(HttpStatusCode.Conflict);

        Assert.Equal("open", problem.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, problem.GetProperty("workOrderId").ValueKind);
        Assert.Equal("stale", stale.GetProperty("code").GetString());
        Assert.Equal("resolved", resolved.GetProperty("status").GetString());
        Assert.Equal("access_problem.cannot_repair", repairAfter.GetProperty("code").GetString());
    }
}
