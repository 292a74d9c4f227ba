using System.Net;
using Estate.Testing;

namespace Estate.Host.Tests;

[Collection(PlatformHostCollection.Name)]
public sealed class UserLanguageTests(PlatformHostFixture fixture)
{
    private static readonly object PropertyWithoutName = new { address = "nowhere" };

    [Fact]
    public async Task Api_messages_are_in_chinese_unless_the_caller_asks_for_english()
    {
        var admin = fixture.CompanyA.Admin;

        var byDefault = await (await admin.PostJsonAsync("/api/platform/properties", PropertyWithoutName)).ReadAsync(HttpStatusCode.BadRequest);
        var english = await (await admin.SendAsync(WithLanguage(Post("/api/platform/properties", PropertyWithoutName), "en"))).ReadAsync(HttpStatusCode.BadRequest);

        Assert.True(IsChinese(NameError(byDefault)), NameError(byDefault));
        Assert.False(IsChinese(NameError(english)), NameError(english));
    }

    [Fact]
    public async Task A_users_chosen_language_is_stored_and_follows_them_to_their_next_sign_in()
    {
        var login = $"lang-{Guid.NewGuid():N}"[..15];
        var user = await fixture.CompanyA.AddUserAsync(fixture.Host, login, "company-admin", null);

        var chosen = await (await user.PutJsonAsync("/api/auth/me/language", new { language = "en" })).ReadAsync(HttpStatusCode.OK);
        var again = await fixture.Host.SignInAsync($"{login}@company.test", TestCompany.Password);
        var me = await (await again.GetAsync("/api/auth/me")).ReadAsync(HttpStatusCode.OK);
        var message = await (await again.SendAsync(WithLanguage(Post("/api/platform/properties", PropertyWithoutName), "zh-CN"))).ReadAsync(HttpStatusCode.BadRequest);

        Assert.Equal("en", chosen.GetProperty("language").GetString());
        Assert.Equal("en", me.GetProperty("language").GetString());
        Assert.False(IsChinese(NameError(message)), NameError(message));
    }

    [Fact]
    public async Task An_unknown_or_missing_language_is_400_naming_the_field_and_changes_nothing()
    {
        var login = $"lang-{Guid.NewGuid():N}"[..15];
        var user = await fixture.CompanyA.AddUserAsync(fixture.Host, login, "read-only", null);

        var unknown = await (await user.PutJsonAsync("/api/auth/me/language", new { language = "fr" })).ReadAsync(HttpStatusCode.BadRequest);
        var missing = await (await user.PutJsonAsync("/api/auth/me/language", new { })).ReadAsync(HttpStatusCode.BadRequest);
        var anonymous = await fixture.Host.CreateClient().PutJsonAsync("/api/auth/me/language", new { language = "en" });
        var me = await (await (await fixture.Host.SignInAsync($"{login}@company.test", TestCompany.Password)).GetAsync("/api/auth/me")).ReadAsync(HttpStatusCode.OK);

        Assert.Equal(["language"], unknown.ErrorFields());
        Assert.Equal(["language"], missing.ErrorFields());
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("zh-CN", me.GetProperty("language").GetString());
    }

    private static HttpRequestMessage Post(string url, object body) =>
        new(HttpMethod.Post, url) { Content = System.Net.Http.Json.JsonContent.Create(body, options: ApiClient.Json) };

    private static HttpRequestMessage WithLanguage(HttpRequestMessage request, string language)
    {
        request.Headers.AcceptLanguage.ParseAdd(language);
        return request;
    }

    private static string NameError(System.Text.Json.JsonElement problem) =>
        problem.GetProperty("errors").GetProperty("name")[0].GetString()!;

    private static bool IsChinese(string text) => text.Any(c => c is >= '\u4e00' and <= '\u9fff');
}
