using System.Net;
using System.Text.Json;
using Estate.Testing;

namespace Estate.Modules.Cleaning.Tests;

/// <summary>Messages people read follow their language: Chinese by default, English with the culture cookie.</summary>
[Collection(CleaningHostCollection.Name)]
public sealed class LanguageTests(CleaningHostFixture fixture)
{
    [Fact]
    public async Task A_validation_message_is_in_chinese_by_default_and_in_english_when_chosen()
    {
        var staff = fixture.CompanyA.Staff(Cleaning.Module);
        var body = new { propertyId = fixture.CompanyA.PropertyIds[0], place = "3号楼楼梯间", description = "堆放杂物", photoUrl = "ftp://photos/1.jpg" };

        var chinese = await (await staff.PostJsonAsync("/api/cleaning/dead-corners", body)).ReadAsync(HttpStatusCode.BadRequest);
        var english = await (await staff.PostJsonInEnglishAsync("/api/cleaning/dead-corners", body)).ReadAsync(HttpStatusCode.BadRequest);

        Assert.Equal("照片须为 http(s) 地址。", Message(chinese, "photoUrl"));
        Assert.Equal("The photo must be an http(s) address.", Message(english, "photoUrl"));
    }

    [Fact]
    public async Task A_conflict_message_is_in_chinese_by_default_and_in_english_when_chosen()
    {
        var company = fixture.CompanyA;
        var name = $"语言测试区域{Guid.NewGuid().ToString("N")[..8]}";
        await company.CreateZoneAsync(name: name);
        var body = new { propertyId = company.PropertyIds[0], name, kind = "lobby" };

        var chinese = await (await company.Head(Cleaning.Module).PostJsonAsync("/api/cleaning/zones", body)).ReadAsync(HttpStatusCode.Conflict);
        var english = await (await company.Head(Cleaning.Module).PostJsonInEnglishAsync("/api/cleaning/zones", body)).ReadAsync(HttpStatusCode.Conflict);

        Assert.Equal("zone.duplicate_name", chinese.GetProperty("code").GetString());
        Assert.Equal($"该小区已有名为“{name}”的保洁区域。", chinese.GetProperty("detail").GetString());
        Assert.Equal($"The property already has a zone named '{name}'.", english.GetProperty("detail").GetString());
    }

    private static string? Message(JsonElement problem, string field) => problem.GetProperty("errors").GetProperty(field)[0].GetString();
}
