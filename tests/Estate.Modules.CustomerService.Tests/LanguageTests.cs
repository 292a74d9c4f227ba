using System.Net;
using System.Text.Json;
using Estate.Testing;
using static Estate.Modules.CustomerService.Tests.CustomerServiceRequests;

namespace Estate.Modules.CustomerService.Tests;

/// <summary>Messages people read follow their language: Chinese by default, English with the culture cookie.</summary>
[Collection(CustomerServiceHostCollection.Name)]
public sealed class LanguageTests(CustomerServiceHostFixture fixture)
{
    private HttpClient Staff => fixture.CompanyA.Staff("customer-service");

    [Fact]
    public async Task A_validation_message_is_in_chinese_by_default_and_in_english_when_chosen()
    {
        var url = $"{Api}/complaints?sort=title";

        var chinese = await (await Staff.GetAsync(url)).ReadAsync(HttpStatusCode.BadRequest);
        var english = await (await Staff.GetInEnglishAsync(url)).ReadAsync(HttpStatusCode.BadRequest);

        Assert.StartsWith("排序方式须为以下之一：", Message(chinese, "sort"), StringComparison.Ordinal);
        Assert.StartsWith("Sort by one of: ", Message(english, "sort"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_conflict_message_is_in_chinese_by_default_and_in_english_when_chosen()
    {
        var name = $"语言测试楼{Guid.NewGuid().ToString("N")[..8]}";
        var body = new { propertyId = fixture.CompanyA.PropertyIds[1], name };
        await Staff.CreateBuildingAsync(fixture.CompanyA.PropertyIds[1], name);

        var chinese = await (await Staff.PostJsonAsync($"{Api}/buildings", body)).ReadAsync(HttpStatusCode.Conflict);
        var english = await (await Staff.PostJsonInEnglishAsync($"{Api}/buildings", body)).ReadAsync(HttpStatusCode.Conflict);

        Assert.Equal("building.duplicate", chinese.GetProperty("code").GetString());
        Assert.Equal($"该小区已有名为“{name}”的楼栋。", chinese.GetProperty("detail").GetString());
        Assert.Equal($"The property already has a building named '{name}'.", english.GetProperty("detail").GetString());
    }

    private static string? Message(JsonElement problem, string field) => problem.GetProperty("errors").GetProperty(field)[0].GetString();
}
