using System.Net;
using System.Text.Json;
using Estate.Testing;
using static Estate.Modules.Finance.Tests.FinanceRequests;

namespace Estate.Modules.Finance.Tests;

/// <summary>Messages people read follow their language: Chinese by default, English with the culture cookie.</summary>
[Collection(FinanceHostCollection.Name)]
public sealed class LanguageTests(FinanceHostFixture fixture)
{
    [Fact]
    public async Task A_validation_message_is_in_chinese_by_default_and_in_english_when_chosen()
    {
        var staff = fixture.CompanyA.Staff("finance");

        var chinese = await (await staff.GetAsync($"{Api}/bills?period=2026-1")).ReadAsync(HttpStatusCode.BadRequest);
        var english = await (await staff.GetInEnglishAsync($"{Api}/bills?period=2026-1")).ReadAsync(HttpStatusCode.BadRequest);

        Assert.Equal("账期为月份，格式 yyyy-MM，例如 2026-11。", Message(chinese, "period"));
        Assert.Equal("A billing period is a month written yyyy-MM, e.g. 2026-11.", Message(english, "period"));
    }

    [Fact]
    public async Task A_conflict_message_is_in_chinese_by_default_and_in_english_when_chosen()
    {
        var company = fixture.CompanyA;
        var body = new { department = "cleaning", year = 2031, amount = 1000m };
        await company.SetBudgetAsync("cleaning", 2031, 1000m);

        var chinese = await (await company.Head("finance").PostJsonAsync($"{Api}/budgets", body)).ReadAsync(HttpStatusCode.Conflict);
        var english = await (await company.Head("finance").PostJsonInEnglishAsync($"{Api}/budgets", body)).ReadAsync(HttpStatusCode.Conflict);

        Assert.Equal("budget.exists", chinese.GetProperty("code").GetString());
        Assert.Equal("环境部已有 2031 年预算，请修订该预算。", chinese.GetProperty("detail").GetString());
        Assert.Equal("cleaning already has a budget for 2031; revise that one.", english.GetProperty("detail").GetString());
    }

    private static string? Message(JsonElement problem, string field) => problem.GetProperty("errors").GetProperty(field)[0].GetString();
}
