using System.Net;
using System.Text;
using System.Text.Json;
using Estate.Testing;

namespace Estate.Modules.CustomerService.Tests;

/// <summary>Builds customer-service records through the API, with defaults a test can override.</summary>
internal static class CustomerServiceRequests
{
    public const string Api = "/api/customer-service";

    /// <summary>The names TestCompany gives its two properties, as the import reads them.</summary>
    public static readonly string[] PropertyNames = ["North Garden", "South Court"];

    public static async Task<JsonElement> CreateBuildingAsync(this HttpClient client, Guid propertyId, string? name = null) =>
        await (await client.PostJsonAsync($"{Api}/buildings", new { propertyId, name = name ?? $"B{Guid.NewGuid():N}"[..12], floors = 18 }))
            .ReadAsync(HttpStatusCode.Created);

    public static async Task<JsonElement> CreateUnitAsync(this HttpClient client, Guid buildingId, string number = "1-1502", decimal floorArea = 89.5m) =>
        await (await client.PostJsonAsync($"{Api}/units", new { buildingId, number, entrance = "1单元", floor = 15, floorArea })).ReadAsync(HttpStatusCode.Created);

    public static async Task<JsonElement> CreateOwnerAsync(this HttpClient client, Guid unitId, string name = "王建国", string kind = "owner") =>
        await (await client.PostJsonAsync($"{Api}/owners", new { unitId, name, phone = "138 0013 8000", kind, moveInDate = "2019-05-01" }))
            .ReadAsync(HttpStatusCode.Created);

    /// <summary>A unit in a new building of the property, with an owner: (unit, owner).</summary>
    public static async Task<(JsonElement Unit, JsonElement Owner)> CreateHomeAsync(this HttpClient client, Guid propertyId)
    {
        var building = await client.CreateBuildingAsync(propertyId);
        var unit = await client.CreateUnitAsync(TestCompany.IdOf(building));
        return (unit, await client.CreateOwnerAsync(TestCompany.IdOf(unit)));
    }

    public static object NewComplaint(Guid propertyId, string category = "noise", Guid? unitId = null, Guid? ownerId = null, string kind = "complaint") => new
    {
        propertyId,
        kind,
        category,
        channel = "hotline",
        unitId,
        ownerId,
        title = "楼上装修噪音超时",
        description = "晚上十点后仍在施工",
    };

    public static async Task<JsonElement> OpenComplaintAsync(this HttpClient client, Guid propertyId, string category = "noise", Guid? unitId = null, Guid? ownerId = null) =>
        await (await client.PostJsonAsync($"{Api}/complaints", NewComplaint(propertyId, category, unitId, ownerId))).ReadAsync(HttpStatusCode.Created);

    /// <summary>Posts a complaint action (respond, resolve, close, …) with the version read.</summary>
    public static async Task<JsonElement> ActAsync(this HttpClient client, JsonElement complaint, string action, object? fields = null, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = JsonSerializer.SerializeToElement(fields ?? new { }, ApiClient.Json).EnumerateObject()
            .ToDictionary(p => p.Name, p => (object)p.Value);
        body["version"] = complaint.GetProperty("version").GetUInt32();
        return await (await client.PostJsonAsync($"{Api}/complaints/{TestCompany.IdOf(complaint)}/{action}", body)).ReadAsync(expected);
    }

    public static Task<HttpResponseMessage> ImportAsync(this HttpClient client, string kind, string csv) =>
        client.PostAsync($"{Api}/imports/{kind}", new StringContent(csv, Encoding.UTF8, "text/csv"));

    public static async Task<string> ExportAsync(this HttpClient client, string kind, Guid? propertyId = null)
    {
        var response = await client.GetAsync($"{Api}/exports/{kind}" + (propertyId is null ? "" : $"?propertyId={propertyId}"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK) =>
        await (await client.GetAsync(url)).ReadAsync(expected);
}
