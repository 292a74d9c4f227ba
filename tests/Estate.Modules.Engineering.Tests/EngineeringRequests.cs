using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Estate.Testing;

namespace Estate.Modules.Engineering.Tests;

/// <summary>Small builders for engineering's records, through the API as its users send them.</summary>
internal static class EngineeringRequests
{
    public static async Task<JsonElement> AddFacilityAsync(
        this TestCompany company,
        Guid propertyId,
        string name = "1号楼1号电梯",
        string category = "elevator",
        DateOnly? installedOn = null,
        int? serviceLifeMonths = null,
        DateOnly? warrantyEndsOn = null,
        string importance = "critical") =>
        await (await company.Head("engineering").PostJsonAsync("/api/engineering/facilities", new
        {
            propertyId,
            name,
            code = "EL-01",
            category,
            location = "1号楼",
            installedOn = installedOn is { } i ? CompanyTime.Iso(i) : null,
            expectedServiceLifeMonths = serviceLifeMonths,
            warrantyEndsOn = warrantyEndsOn is { } w ? CompanyTime.Iso(w) : null,
            importance,
        })).ReadAsync(HttpStatusCode.Created);

    public static async Task<JsonElement> PlanProjectAsync(this TestCompany company, Guid propertyId, string title = "主干道路灯更换为LED", decimal estimatedCost = 86000m) =>
        await (await company.Head("engineering").PostJsonAsync("/api/engineering/projects", new
        {
            propertyId,
            title,
            responsibleUserId = company.HeadUserId("engineering"),
            plannedStartOn = CompanyTime.Iso(CompanyTime.Today.AddDays(30)),
            plannedEndOn = CompanyTime.Iso(CompanyTime.Today.AddDays(60)),
            estimatedCost,
            expectedEffect = "提高夜间照明度，减少安全隐患",
        })).ReadAsync(HttpStatusCode.Created);

    /// <summary>Posts an action with the version read last, answering the changed record.</summary>
    public static async Task<JsonElement> ActAsync(this HttpClient client, string url, JsonElement current, object? fields = null, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = JsonSerializer.SerializeToNode(fields ?? new { }, ApiClient.Json)!.AsObject();
        body["version"] = current.GetProperty("version").GetUInt32();
        return await (await client.PostAsync(url, new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json")))
            .ReadAsync(expected);
    }

    public static JsonObject With(this JsonElement current, object fields)
    {
        var body = JsonSerializer.SerializeToNode(fields, ApiClient.Json)!.AsObject();
        body["version"] = current.GetProperty("version").GetUInt32();
        return body;
    }

    /// <summary>Opens a work order and takes it to done.</summary>
    public static async Task<JsonElement> CompletedWorkOrderAsync(this TestCompany company, Guid propertyId, string title = "楼道灯不亮", string priority = "normal")
    {
        var staff = company.Staff("engineering");
        var workOrder = await staff.OpenWorkOrderAsync(propertyId, title, priority);
        var url = $"/api/engineering/work-orders/{TestCompany.IdOf(workOrder)}";
        workOrder = await staff.ActAsync($"{url}/assign", workOrder, new { assigneeUserId = company.StaffUserId("engineering") });
        workOrder = await staff.ActAsync($"{url}/start", workOrder);
        return await staff.ActAsync($"{url}/complete", workOrder, new { notes = "更换灯管" });
    }
}
