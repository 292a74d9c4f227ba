using System.Net;
using System.Text.Json;
using Estate.Testing;
using static Estate.Modules.Security.Tests.SecurityApi;

namespace Estate.Modules.Security.Tests;

[Collection(SecurityHostCollection.Name)]
public sealed class FireSafetyTests(SecurityHostFixture fixture)
{
    [Fact]
    public async Task A_failed_item_records_a_finding_and_one_needing_repair_opens_a_fire_safety_work_order()
    {
        var company = fixture.CompanyA;
        var area = await company.Head("security").CreateAreaAsync(company.PropertyIds[0]);
        var deadline = LocalDay(DateTimeOffset.UtcNow).AddDays(3);

        var inspection = await company.Staff("security").InspectAsync(area,
        [
            Passed("消防泵运行正常"),
            Failed("稳压泵压力正常", "稳压泵压力低于0.3MPa", needsRepair: true, fixDeadline: deadline),
            Failed("阀门处于正常开启状态", "2号阀门未全开"),
        ]);
        var findings = inspection.GetProperty("findings").EnumerateArray().ToList();
        var repair = findings.Single(f => f.GetProperty("needsRepair").GetBoolean());
        var workOrder = await (await company.Staff("engineering").GetAsync($"/api/engineering/work-orders/{repair.GetProperty("workOrderId").GetGuid()}"))
            .ReadAsync(HttpStatusCode.OK);
        var findingUrl = $"/api/security/fire-safety/findings/{TestCompany.IdOf(repair)}";
        var detail = await (await company.ReadOnly.GetAsync(findingUrl)).ReadAsync(HttpStatusCode.OK);
        var fixedFinding = await (await company.Staff("security").PostJsonAsync($"{findingUrl}/fix", new { note = "更换稳压泵压力开关", version = VersionOf(detail) }))
            .ReadAsync(HttpStatusCode.OK);

        Assert.Equal(2, inspection.GetProperty("inspection").GetProperty("failedCount").GetInt32());
        Assert.Equal(2, findings.Count);
        Assert.Equal(deadline.ToString("yyyy-MM-dd"), repair.GetProperty("fixDeadline").GetString());
        Assert.Equal(JsonValueKind.Null, findings.Single(f => !f.GetProperty("needsRepair").GetBoolean()).GetProperty("workOrderId").ValueKind);
        Assert.Equal("fireSafety", workOrder.GetProperty("category").GetString());
        Assert.Equal("inspection", workOrder.GetProperty("source").GetString());
        Assert.Equal("new", detail.GetProperty("workOrder").GetProperty("status").GetString());
        Assert.Equal("fixed", fixedFinding.GetProperty("status").GetString());
        Assert.False(fixedFinding.GetProperty("isOverdue").GetBoolean());
    }

    [Fact]
    public async Task With_engineering_switched_off_a_failed_item_needing_repair_keeps_its_finding_without_a_work_order()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        await company.SwitchModuleAsync("engineering", enabled: false);
        var area = await company.Head("security").CreateAreaAsync(company.PropertyIds[0]);

        var inspection = await company.Staff("security").InspectAsync(area, [Failed("稳压泵压力正常", "压力不足", needsRepair: true)]);

        var finding = inspection.GetProperty("findings")[0];
        Assert.True(finding.GetProperty("needsRepair").GetBoolean());
        Assert.Equal(JsonValueKind.Null, finding.GetProperty("workOrderId").ValueKind);
        Assert.Equal(0L, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM engineering.work_orders WHERE organization_id = $1", company.Id));
    }

    [Fact]
    public async Task Areas_are_due_by_their_kinds_frequency_which_the_company_can_change()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        var head = company.Head("security");
        var property = company.PropertyIds[0];
        var fresh = await head.CreateAreaAsync(property, "garage", "B1车库");
        var lapsed = await head.CreateAreaAsync(property, "garage", "B2车库");
        var never = await head.CreateAreaAsync(property, "evacuationRoute", "1号楼疏散通道");
        await company.Staff("security").InspectAsync(fresh, [Passed("灭火器压力正常")]);
        await company.Staff("security").InspectAsync(lapsed, [Passed("灭火器压力正常")], DateTimeOffset.UtcNow.AddDays(-40));

        var due = await DueAsync(head, property);
        var frequencies = await (await head.GetAsync("/api/security/fire-safety/frequencies")).ReadAsync(HttpStatusCode.OK);
        var garage = frequencies.EnumerateArray().Single(f => f.GetProperty("kind").GetString() == "garage");
        var set = await (await head.PutJsonAsync("/api/security/fire-safety/frequencies/garage", new { intervalDays = 60 })).ReadAsync(HttpStatusCode.OK);
        var withoutVersion = await (await head.PutJsonAsync("/api/security/fire-safety/frequencies/garage", new { intervalDays = 45 })).ReadAsync(HttpStatusCode.BadRequest);
        var dueAfterChange = await DueAsync(head, property);
        var dueWithinMonth = await DueAsync(head, property, withinDays: 30);

        Assert.Equal([TestCompany.IdOf(lapsed), TestCompany.IdOf(never)], due.Select(a => a.GetProperty("areaId").GetGuid()));
        Assert.True(due[0].GetProperty("isOverdue").GetBoolean());
        Assert.Equal(10, due[0].GetProperty("daysOverdue").GetInt32());
        Assert.False(due[1].GetProperty("isOverdue").GetBoolean());
        Assert.Equal(30, garage.GetProperty("intervalDays").GetInt32());
        Assert.True(garage.GetProperty("isDefault").GetBoolean());
        Assert.False(set.GetProperty("isDefault").GetBoolean());
        Assert.Equal(["version"], withoutVersion.ErrorFields());
        Assert.Equal([TestCompany.IdOf(never)], dueAfterChange.Select(a => a.GetProperty("areaId").GetGuid()));
        Assert.Equal([TestCompany.IdOf(never), TestCompany.IdOf(lapsed)], dueWithinMonth.Select(a => a.GetProperty("areaId").GetGuid()));
    }

    [Fact]
    public async Task A_finding_past_its_deadline_is_listed_as_overdue_until_fixed()
    {
        var company = fixture.CompanyA;
        var area = await company.Head("security").CreateAreaAsync(company.PropertyIds[1], "evacuationRoute");

        // Inspected ten days ago without a deadline of its own: due a week after, so three days overdue.
        var inspection = await company.Staff("security").InspectAsync(area, [Failed("通道畅通无杂物", "6层楼梯间堆放纸箱")], DateTimeOffset.UtcNow.AddDays(-10));
        var finding = inspection.GetProperty("findings")[0];
        var overdue = await (await company.ReadOnly.GetAsync($"/api/security/fire-safety/findings?overdue=true&propertyId={company.PropertyIds[1]}&pageSize=100"))
            .ReadAsync(HttpStatusCode.OK);

        Assert.True(finding.GetProperty("isOverdue").GetBoolean());
        Assert.Contains(TestCompany.IdOf(finding), overdue.GetProperty("items").EnumerateArray().Select(TestCompany.IdOf));
    }

    private static async Task<List<JsonElement>> DueAsync(HttpClient client, Guid property, int withinDays = 0) =>
        [.. (await (await client.GetAsync($"/api/security/fire-safety/areas/due?propertyId={property}&withinDays={withinDays}")).ReadAsync(HttpStatusCode.OK))
            .GetProperty("items").EnumerateArray()];
}
