using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Estate.Testing;

namespace Estate.Modules.Finance.Tests;

/// <summary>Small builders for finance's records (and the units customer service keeps), through the API as their users send them.</summary>
internal static class FinanceRequests
{
    public const string Api = "/api/finance";

    /// <summary>A building of the property with the given units (number, m²); answers the units as customer service does.</summary>
    public static async Task<List<JsonElement>> AddUnitsAsync(this TestCompany company, Guid propertyId, string building, params (string Number, decimal Area)[] units)
    {
        var head = company.Head("customer-service");
        var created = await (await head.PostJsonAsync("/api/customer-service/buildings", new { propertyId, name = building, floors = 18 })).ReadAsync(HttpStatusCode.Created);
        var list = new List<JsonElement>();
        foreach (var (number, area) in units)
        {
            list.Add(await (await head.PostJsonAsync("/api/customer-service/units", new { buildingId = TestCompany.IdOf(created), number, floorArea = area }))
                .ReadAsync(HttpStatusCode.Created));
        }

        return list;
    }

    public static async Task<JsonElement> AddOwnerAsync(this TestCompany company, Guid unitId, string name) =>
        await (await company.Head("customer-service").PostJsonAsync("/api/customer-service/owners", new { unitId, name, kind = "owner", moveInDate = "2018-03-01" }))
            .ReadAsync(HttpStatusCode.Created);

    public static async Task<JsonElement> AddFeeItemAsync(
        this TestCompany company, string name, string kind, decimal unitPrice, Guid? propertyId = null, string activeFrom = "2020-01-01", string? activeTo = null) =>
        await (await company.Head("finance").PostJsonAsync($"{Api}/fee-items", new { name, kind, unitPrice, propertyId, activeFrom, activeTo }))
            .ReadAsync(HttpStatusCode.Created);

    public static async Task<JsonElement> GenerateAsync(this TestCompany company, string period, DateOnly? dueOn = null) =>
        await (await company.Staff("finance").PostJsonAsync($"{Api}/billing-runs", new { period, dueOn = dueOn is { } d ? CompanyTime.Iso(d) : null }))
            .ReadAsync(HttpStatusCode.OK);

    public static async Task<List<JsonElement>> BillsAsync(this TestCompany company, string query) =>
        [.. (await company.Staff("finance").GetJsonAsync($"{Api}/bills?pageSize=100&{query}")).GetProperty("items").EnumerateArray()];

    public static async Task<HttpResponseMessage> PayAsync(
        this TestCompany company, Guid unitId, decimal amount, string receiptNumber, DateTimeOffset? paidAt = null, string method = "weChat") =>
        await company.Staff("finance").PostJsonAsync($"{Api}/payments", new { unitId, amount, method, receiptNumber, paidAt = paidAt ?? DateTimeOffset.UtcNow.AddMinutes(-1) });

    public static async Task<JsonElement> SetBudgetAsync(this TestCompany company, string department, int year, decimal amount) =>
        await (await company.Head("finance").PostJsonAsync($"{Api}/budgets", new { department, year, amount })).ReadAsync(HttpStatusCode.Created);

    /// <summary>A department asks for money (through a senior manager); answers the fund request as finance shows it.</summary>
    public static async Task<JsonElement> AskForFundsAsync(this TestCompany company, string department, decimal amount, string purpose = "更换地下车库照明")
    {
        var receipt = await (await company.Manager.PostJsonAsync($"{Api}/fund-requests", new { department, purpose, amount })).ReadAsync(HttpStatusCode.Created);
        return await company.Head("finance").GetJsonAsync($"{Api}/fund-requests/{receipt.GetProperty("fundRequestId").GetGuid()}");
    }

    public static async Task<HttpResponseMessage> DecideAsync(this TestCompany company, Guid fundRequestId, object decision)
    {
        var current = await company.Head("finance").GetJsonAsync($"{Api}/fund-requests/{fundRequestId}");
        var body = JsonSerializer.SerializeToNode(decision, ApiClient.Json)!.AsObject();
        body["version"] = current.GetProperty("version").GetUInt32();
        return await company.Head("finance").PostAsync(
            $"{Api}/fund-requests/{fundRequestId}/decision", new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
    }

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK) =>
        await (await client.GetAsync(url)).ReadAsync(expected);

    public static JsonObject With(this JsonElement current, object fields)
    {
        var body = JsonSerializer.SerializeToNode(fields, ApiClient.Json)!.AsObject();
        body["version"] = current.GetProperty("version").GetUInt32();
        return body;
    }

    public static decimal Decimal(this JsonElement element, string property) => element.GetProperty(property).GetDecimal();

    public static Guid Id(this JsonElement element) => TestCompany.IdOf(element);
}
