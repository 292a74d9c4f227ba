using System.Net;
using Estate.Testing;

namespace Estate.Modules.Engineering.Tests;

/// <summary>Messages people read follow their language: Chinese by default, English with the culture cookie.</summary>
[Collection(EngineeringHostCollection.Name)]
public sealed class LanguageTests(EngineeringHostFixture fixture)
{
    private TestCompany Company => fixture.CompanyA;

    private const string BadSort = "/api/engineering/work-orders?sort=cheapest";

    [Fact]
    public async Task A_validation_message_is_in_chinese_by_default_and_in_english_when_chosen()
    {
        var chinese = await (await Company.Staff("engineering").GetAsync(BadSort)).ReadAsync(HttpStatusCode.BadRequest);
        var english = await (await Company.Staff("engineering").GetInEnglishAsync(BadSort)).ReadAsync(HttpStatusCode.BadRequest);

        Assert.StartsWith("排序方式须为以下之一：createdAt", Message(chinese, "sort"), StringComparison.Ordinal);
        Assert.StartsWith("Sort by one of: createdAt", Message(english, "sort"), StringComparison.Ordinal);
        Assert.Equal("一个或多个字段无效。", chinese.GetProperty("title").GetString());
        Assert.Equal("One or more fields are invalid.", english.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_rule_refusal_names_the_status_in_the_readers_language()
    {
        var workOrder = await Company.Staff("engineering").OpenWorkOrderAsync(Company.PropertyIds[0]);
        var close = $"/api/engineering/work-orders/{TestCompany.IdOf(workOrder)}/close";
        var body = new { version = workOrder.GetProperty("version").GetUInt32() };

        var chinese = await (await Company.Staff("engineering").PostJsonAsync(close, body)).ReadAsync(HttpStatusCode.Conflict);
        var english = await (await Company.Staff("engineering").PostJsonInEnglishAsync(close, body)).ReadAsync(HttpStatusCode.Conflict);

        Assert.Equal("work_order.cannot_close", chinese.GetProperty("code").GetString());
        Assert.Equal("工单当前状态为“新建”，不能执行此操作。", chinese.GetProperty("detail").GetString());
        Assert.Equal("Cannot close a work order in status New.", english.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_missing_record_is_named_in_the_readers_language()
    {
        var id = Guid.NewGuid();
        var url = $"/api/engineering/work-orders/{id}";

        var chinese = await (await Company.Staff("engineering").GetAsync(url)).ReadAsync(HttpStatusCode.NotFound);
        var english = await (await Company.Staff("engineering").GetInEnglishAsync(url)).ReadAsync(HttpStatusCode.NotFound);

        Assert.Equal($"未找到工单 {id}。", chinese.GetProperty("detail").GetString());
        Assert.Equal($"Work order '{id}' was not found.", english.GetProperty("detail").GetString());
    }

    private static string? Message(System.Text.Json.JsonElement problem, string field) => problem.GetProperty("errors").GetProperty(field)[0].GetString();
}
