using System.Net;
using System.Text.Json;
using Estate.Testing;

namespace Estate.Modules.Cleaning.Tests;

/// <summary>Hygiene dead corners: their own flow, and the work order engineering opens for them when it is there.</summary>
[Collection(CleaningHostCollection.Name)]
public sealed class DeadCornerTests(CleaningHostFixture fixture)
{
    [Fact]
    public async Task A_dead_corner_needing_building_work_opens_a_civil_work_order_that_engineering_sees_and_cleaning_follows()
    {
        var company = fixture.CompanyA;

        var deadCorner = await company.ReportDeadCornerAsync("buildingWork", "地下车库B区排水沟");

        Assert.True(deadCorner.GetProperty("needsEngineering").GetBoolean());
        Assert.False(deadCorner.GetProperty("awaitsEngineering").GetBoolean());
        Assert.StartsWith("WO-", deadCorner.GetProperty("workOrderNumber").GetString(), StringComparison.Ordinal);
        var workOrderUrl = $"/api/engineering/work-orders/{deadCorner.GetProperty("workOrderId").GetGuid()}";
        var workOrder = await (await company.Staff("engineering").GetAsync(workOrderUrl)).ReadAsync(HttpStatusCode.OK);
        Assert.Equal("civil", workOrder.GetProperty("category").GetString());
        Assert.Equal("inspection", workOrder.GetProperty("source").GetString());
        Assert.Equal("new", workOrder.Status());
        Assert.Equal(company.PropertyIds[0], workOrder.GetProperty("propertyId").GetGuid());
        Assert.Contains("地下车库B区排水沟", workOrder.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Contains("https://photos.example.com/dead-corner/1.jpg", workOrder.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal(deadCorner.GetProperty("workOrderNumber").GetString(), workOrder.GetProperty("number").GetString());

        await (await company.Staff("engineering").PostJsonAsync($"{workOrderUrl}/assign", new { assigneeUserId = company.StaffUserId("engineering"), version = workOrder.Version() }))
            .ReadAsync(HttpStatusCode.OK);
        var detail = await (await company.ReadOnly.GetAsync($"/api/cleaning/dead-corners/{TestCompany.IdOf(deadCorner)}")).ReadAsync(HttpStatusCode.OK);

        Assert.Equal("assigned", detail.GetProperty("workOrder").GetProperty("status").GetString());
        Assert.Equal("open", detail.Status());
    }

    [Fact]
    public async Task A_dead_corner_needing_special_tools_opens_an_other_work_order()
    {
        var company = fixture.CompanyA;

        var deadCorner = await company.ReportDeadCornerAsync("specialTools", "3号楼楼梯间顶部");
        var workOrder = await (await company.Staff("engineering").GetAsync($"/api/engineering/work-orders/{deadCorner.GetProperty("workOrderId").GetGuid()}"))
            .ReadAsync(HttpStatusCode.OK);

        Assert.Equal("other", workOrder.GetProperty("category").GetString());
    }

    [Fact]
    public async Task With_engineering_off_the_dead_corner_stays_with_cleaning_until_it_can_be_referred()
    {
        var company = await fixture.NewCompanyAsync();
        await fixture.SwitchAsync(company, "engineering", enabled: false);

        var deadCorner = await company.ReportDeadCornerAsync("buildingWork");
        var detail = await (await company.ReadOnly.GetAsync($"/api/cleaning/dead-corners/{TestCompany.IdOf(deadCorner)}")).ReadAsync(HttpStatusCode.OK);
        var waiting = await (await company.ReadOnly.GetAsync("/api/cleaning/dead-corners?needsEngineering=true")).ReadAsync(HttpStatusCode.OK);

        Assert.True(deadCorner.GetProperty("needsEngineering").GetBoolean());
        Assert.True(deadCorner.GetProperty("awaitsEngineering").GetBoolean());
        Assert.Equal(JsonValueKind.Null, deadCorner.GetProperty("workOrderId").ValueKind);
        Assert.Equal(JsonValueKind.Null, detail.GetProperty("workOrder").ValueKind);
        Assert.Equal([TestCompany.IdOf(deadCorner)], waiting.GetProperty("items").EnumerateArray().Select(TestCompany.IdOf));
        Assert.Equal(0L, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM engineering.work_orders WHERE organization_id = $1", company.Id));

        await fixture.SwitchAsync(company, "engineering", enabled: true);
        var referred = await (await company.Staff(Cleaning.Module).PostJsonAsync($"/api/cleaning/dead-corners/{TestCompany.IdOf(deadCorner)}/refer-to-engineering", new
        {
            engineeringNeed = "buildingWork", version = detail.Version(),
        })).ReadAsync(HttpStatusCode.OK);

        Assert.False(referred.GetProperty("awaitsEngineering").GetBoolean());
        await (await company.Staff("engineering").GetAsync($"/api/engineering/work-orders/{referred.GetProperty("workOrderId").GetGuid()}")).ReadAsync(HttpStatusCode.OK);
        var again = await (await company.Staff(Cleaning.Module).PostJsonAsync($"/api/cleaning/dead-corners/{TestCompany.IdOf(deadCorner)}/refer-to-engineering", new
        {
            engineeringNeed = "specialTools", version = referred.Version(),
        })).ReadAsync(HttpStatusCode.Conflict);
        Assert.Equal("dead_corner.already_referred", again.GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_dead_corner_cleaners_can_handle_goes_from_open_through_in_progress_to_resolved()
    {
        var company = fixture.CompanyA;
        var staff = company.Staff(Cleaning.Module);
        var deadCorner = await company.ReportDeadCornerAsync(place: "中心花园假山石缝");
        var url = $"/api/cleaning/dead-corners/{TestCompany.IdOf(deadCorner)}";

        Assert.False(deadCorner.GetProperty("needsEngineering").GetBoolean());
        Assert.Equal(JsonValueKind.Null, deadCorner.GetProperty("workOrderId").ValueKind);
        Assert.Equal("https://photos.example.com/dead-corner/1.jpg", deadCorner.GetProperty("photoUrl").GetString());
        Assert.Equal(company.StaffUserId(Cleaning.Module), deadCorner.GetProperty("reportedByUserId").GetGuid());
        var started = await (await staff.PostJsonAsync($"{url}/start", new { version = deadCorner.Version() })).ReadAsync(HttpStatusCode.OK);
        Assert.Equal("inProgress", started.Status());
        var resolved = await (await staff.PostJsonAsync($"{url}/resolve", new { note = "用长柄夹和高压水枪清理完毕", version = started.Version() })).ReadAsync(HttpStatusCode.OK);

        Assert.Equal("resolved", resolved.Status());
        Assert.Equal("用长柄夹和高压水枪清理完毕", resolved.GetProperty("resolutionNote").GetString());
        var twice = await (await staff.PostJsonAsync($"{url}/resolve", new { note = "again", version = resolved.Version() })).ReadAsync(HttpStatusCode.Conflict);
        var refer = await (await staff.PostJsonAsync($"{url}/refer-to-engineering", new { engineeringNeed = "buildingWork", version = resolved.Version() })).ReadAsync(HttpStatusCode.Conflict);
        Assert.Equal("dead_corner.cannot_resolve", twice.GetProperty("code").GetString());
        Assert.Equal("dead_corner.cannot_refer", refer.GetProperty("code").GetString());
        var open = await (await company.ReadOnly.GetAsync("/api/cleaning/dead-corners?status=open&pageSize=100")).ReadAsync(HttpStatusCode.OK);
        Assert.DoesNotContain(open.GetProperty("items").EnumerateArray(), d => TestCompany.IdOf(d) == TestCompany.IdOf(deadCorner));
    }
}
