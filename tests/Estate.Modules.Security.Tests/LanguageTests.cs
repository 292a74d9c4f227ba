using System.Net;
using System.Text.Json;
using Estate.Testing;
using static Estate.Modules.Security.Tests.SecurityApi;

namespace Estate.Modules.Security.Tests;

/// <summary>Messages people read follow their language: Chinese by default, English with the culture cookie.</summary>
[Collection(SecurityHostCollection.Name)]
public sealed class LanguageTests(SecurityHostFixture fixture)
{
    [Fact]
    public async Task A_validation_message_is_in_chinese_by_default_and_in_english_when_chosen()
    {
        const string url = "/api/security/incidents?from=2026-02-01&to=2026-01-01";
        var guard = fixture.CompanyA.Staff("security");

        var chinese = await (await guard.GetAsync(url)).ReadAsync(HttpStatusCode.BadRequest);
        var english = await (await guard.GetInEnglishAsync(url)).ReadAsync(HttpStatusCode.BadRequest);

        Assert.Equal("结束日期（to）不能早于开始日期（from）。", Message(chinese, "to"));
        Assert.Equal("'to' is on or after 'from'.", Message(english, "to"));
    }

    [Fact]
    public async Task Rule_and_stale_version_refusals_are_in_chinese_by_default_and_in_english_when_chosen()
    {
        var guard = fixture.CompanyA.Staff("security");
        var problem = await guard.ReportAccessProblemAsync(fixture.CompanyA.PropertyIds[1], needsRepair: false, gate: "南门车行道闸");
        var resolve = $"/api/security/access-problems/{TestCompany.IdOf(problem)}/resolve";
        var stale = new { resolution = "已复位", version = VersionOf(problem) + 1000 };

        var staleChinese = await (await guard.PostJsonAsync(resolve, stale)).ReadAsync(HttpStatusCode.Conflict);
        var staleEnglish = await (await guard.PostJsonInEnglishAsync(resolve, stale)).ReadAsync(HttpStatusCode.Conflict);
        var resolved = await (await guard.PostJsonAsync(resolve, new { resolution = "已复位", version = VersionOf(problem) })).ReadAsync(HttpStatusCode.OK);
        var again = new { resolution = "再次复位", version = VersionOf(resolved) };
        var ruleChinese = await (await guard.PostJsonAsync(resolve, again)).ReadAsync(HttpStatusCode.Conflict);
        var ruleEnglish = await (await guard.PostJsonInEnglishAsync(resolve, again)).ReadAsync(HttpStatusCode.Conflict);

        Assert.Equal("stale", staleChinese.GetProperty("code").GetString());
        Assert.Equal("该记录在您读取后已被他人修改，请重新读取后再试。", staleChinese.GetProperty("detail").GetString());
        Assert.Equal("The record was changed by someone else since you read it; read it again and retry.", staleEnglish.GetProperty("detail").GetString());
        Assert.Equal("access_problem.already_resolved", ruleChinese.GetProperty("code").GetString());
        Assert.Equal("该门禁问题已解决。", ruleChinese.GetProperty("detail").GetString());
        Assert.Equal("The access problem is already resolved.", ruleEnglish.GetProperty("detail").GetString());
    }

    private static string? Message(JsonElement problem, string field) => problem.GetProperty("errors").GetProperty(field)[0].GetString();
}
