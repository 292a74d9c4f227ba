using System.Net;
using System.Text;
using System.Text.Json;
using Estate.Testing;

namespace Estate.Host.Tests;

/// <summary>The platform's own messages follow the reader's language: Chinese by default, English with the culture cookie.</summary>
[Collection(PlatformHostCollection.Name)]
public sealed class LanguageTests(PlatformHostFixture fixture)
{
    [Fact]
    public async Task A_validation_message_and_the_problem_title_are_in_chinese_by_default_and_in_english_when_chosen()
    {
        var manager = fixture.CompanyA.Manager;

        var chinese = await (await manager.GetAsync("/api/dashboard?to=2026-11-01")).ReadAsync(HttpStatusCode.BadRequest);
        var english = await (await manager.GetInEnglishAsync("/api/dashboard?to=2026-11-01")).ReadAsync(HttpStatusCode.BadRequest);

        Assert.Equal("填写结束日期（to）时须同时填写开始日期（from）。", Message(chinese, "from"));
        Assert.Equal("Give 'from' with 'to'.", Message(english, "from"));
        Assert.Equal("一个或多个字段无效。", chinese.GetProperty("title").GetString());
        Assert.Equal("One or more fields are invalid.", english.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_is_named_in_the_readers_language()
    {
        var admin = fixture.CompanyA.Admin;

        var chinese = await (await admin.PostJsonAsync("/api/platform/properties", new { name = 42 })).ReadAsync(HttpStatusCode.BadRequest);
        var english = await (await admin.PostJsonInEnglishAsync("/api/platform/properties", new { name = 42 })).ReadAsync(HttpStatusCode.BadRequest);

        Assert.Equal("“name”的值类型错误或取值未知。", Message(chinese, "name"));
        Assert.Equal("'name' has a value of the wrong type or an unknown value.", Message(english, "name"));
    }

    [Fact]
    public async Task A_conflict_and_a_missing_record_are_in_chinese_by_default_and_in_english_when_chosen()
    {
        var admin = fixture.CompanyA.Admin;
        var properties = await (await admin.GetAsync("/api/platform/properties")).ReadAsync(HttpStatusCode.OK);
        var name = properties[0].GetProperty("name").GetString();

        var chinese = await (await admin.PostJsonAsync("/api/platform/properties", new { name })).ReadAsync(HttpStatusCode.Conflict);
        var english = await (await admin.PostJsonInEnglishAsync("/api/platform/properties", new { name })).ReadAsync(HttpStatusCode.Conflict);
        var missingChinese = await (await admin.PutJsonAsync("/api/platform/modules/unknown-module", new { enabled = false })).ReadAsync(HttpStatusCode.NotFound);
        var missingEnglish = await (await admin.PutJsonInEnglishAsync("/api/platform/modules/unknown-module", new { enabled = false })).ReadAsync(HttpStatusCode.NotFound);

        Assert.Equal("duplicate", chinese.GetProperty("code").GetString());
        Assert.Equal($"本公司已有名为“{name}”的小区。", chinese.GetProperty("detail").GetString());
        Assert.Equal($"The company already has a property named '{name}'.", english.GetProperty("detail").GetString());
        Assert.Equal("未找到模块 unknown-module。", missingChinese.GetProperty("detail").GetString());
        Assert.Equal("Module 'unknown-module' was not found.", missingEnglish.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_failed_sign_in_is_explained_in_the_readers_language()
    {
        var client = fixture.Host.CreateClient();
        var body = new { email = $"{Guid.NewGuid():N}@nobody.test", password = "wrong" };

        var chinese = await (await client.PostAsync("/api/auth/login", new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json")))
            .ReadAsync(HttpStatusCode.Unauthorized);
        var english = await (await client.PostJsonInEnglishAsync("/api/auth/login", body)).ReadAsync(HttpStatusCode.Unauthorized);

        Assert.Equal("邮箱或密码错误。", chinese.GetProperty("detail").GetString());
        Assert.Equal("Wrong email or password.", english.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_weak_password_is_explained_in_the_readers_language()
    {
        var admin = fixture.CompanyA.Admin;
        object NewUser() => new { email = $"{Guid.NewGuid():N}@company.test", password = "short", displayName = "弱密码", role = "read-only", allProperties = true };

        var chinese = await (await admin.PostJsonAsync("/api/platform/users", NewUser())).ReadAsync(HttpStatusCode.BadRequest);
        var english = await (await admin.PostJsonInEnglishAsync("/api/platform/users", NewUser())).ReadAsync(HttpStatusCode.BadRequest);

        Assert.Contains("密码至少需要 8 个字符。", chinese.GetProperty("errors").GetProperty("password").EnumerateArray().Select(m => m.GetString()));
        Assert.Contains("Passwords must be at least 8 characters.", english.GetProperty("errors").GetProperty("password").EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public async Task An_answer_without_a_body_of_its_own_has_the_title_in_the_readers_language()
    {
        var manager = fixture.CompanyA.Manager;

        var chinese = await (await manager.GetAsync("/api/no-such-endpoint")).ReadAsync(HttpStatusCode.NotFound);
        var english = await (await manager.GetInEnglishAsync("/api/no-such-endpoint")).ReadAsync(HttpStatusCode.NotFound);

        Assert.Equal("未找到。", chinese.GetProperty("title").GetString());
        Assert.Equal("Not found.", english.GetProperty("title").GetString());
    }

    private static string? Message(JsonElement problem, string field) => problem.GetProperty("errors").GetProperty(field)[0].GetString();
}
