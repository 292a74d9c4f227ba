using System.Net;
using System.Text.Json;
using Estate.Testing;
using static Estate.Modules.CustomerService.Tests.CustomerServiceRequests;

namespace Estate.Modules.CustomerService.Tests;

/// <summary>A survey's individual answers: each unit's score or word and when it was recorded, paged, filtered and sorted.</summary>
[Collection(CustomerServiceHostCollection.Name)]
public sealed class SurveyAnswerTests(CustomerServiceHostFixture fixture)
{
    [Fact]
    public async Task Each_units_answer_is_listed_with_its_score_word_and_time_latest_first_and_in_pages()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        var staff = company.Staff("customer-service");
        var rows = string.Join('\n', Enumerable.Range(1, 3).Select(i => $"North Garden,2栋,2-{i:00},90"));
        await (await company.Head("customer-service").ImportAsync("units", $"property,building,unit,area\n{rows}\n")).ReadAsync(HttpStatusCode.OK);
        var units = (await staff.GetJsonAsync($"{Api}/units?propertyId={company.PropertyIds[0]}")).GetProperty("items").EnumerateArray()
            .ToDictionary(u => u.GetProperty("number").GetString()!, TestCompany.IdOf);
        var survey = await CreateSurveyAsync(staff, company.PropertyIds[0]);
        await RecordAsync(staff, survey, units["2-01"], score: 2);
        await RecordAsync(staff, survey, units["2-02"], answer: "satisfied");
        await RecordAsync(staff, survey, units["2-03"], score: 4);
        var url = $"{Api}/surveys/{TestCompany.IdOf(survey)}/responses";

        var all = await company.ReadOnly.GetJsonAsync(url);
        var firstPage = await staff.GetJsonAsync($"{url}?pageSize=2");
        var secondPage = await staff.GetJsonAsync($"{url}?pageSize=2&page=2");
        var satisfied = await staff.GetJsonAsync($"{url}?satisfied=true&sort=unit");
        var byScore = await staff.GetJsonAsync($"{url}?sort=-score");

        var items = all.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(3, all.GetProperty("totalCount").GetInt32());
        Assert.Equal(["2-03", "2-02", "2-01"], items.Select(i => i.GetProperty("unitNumber").GetString()));
        Assert.All(items, i => Assert.Equal("2栋", i.GetProperty("buildingName").GetString()));
        Assert.Equal([4, 5, 2], items.Select(i => i.GetProperty("score").GetInt32()));
        Assert.Equal(["", "satisfied", ""], items.Select(i => i.GetProperty("answer").ValueKind == JsonValueKind.Null ? "" : i.GetProperty("answer").GetString()));
        Assert.All(items, i => Assert.True(i.GetProperty("respondedAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-5)));
        Assert.Equal(2, firstPage.GetProperty("items").GetArrayLength());
        Assert.Equal(["2-01"], secondPage.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("unitNumber").GetString()));
        Assert.Equal(["2-02", "2-03"], satisfied.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("unitNumber").GetString()));
        Assert.Equal([5, 4, 2], byScore.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("score").GetInt32()));
    }

    [Fact]
    public async Task Answers_of_another_companys_survey_are_404_and_bad_paging_or_sort_is_400_naming_the_parameter()
    {
        var surveyOfB = await CreateSurveyAsync(fixture.CompanyB.Staff("customer-service"), fixture.CompanyB.PropertyIds[0]);
        var surveyOfA = await CreateSurveyAsync(fixture.CompanyA.Staff("customer-service"), fixture.CompanyA.PropertyIds[0]);
        var staff = fixture.CompanyA.Staff("customer-service");

        await staff.GetJsonAsync($"{Api}/surveys/{TestCompany.IdOf(surveyOfB)}/responses", HttpStatusCode.NotFound);
        await staff.GetJsonAsync($"{Api}/surveys/{Guid.NewGuid()}/responses", HttpStatusCode.NotFound);
        var badPage = await staff.GetJsonAsync($"{Api}/surveys/{TestCompany.IdOf(surveyOfA)}/responses?pageSize=1000", HttpStatusCode.BadRequest);
        var badSort = await staff.GetJsonAsync($"{Api}/surveys/{TestCompany.IdOf(surveyOfA)}/responses?sort=owner", HttpStatusCode.BadRequest);
        var empty = await staff.GetJsonAsync($"{Api}/surveys/{TestCompany.IdOf(surveyOfA)}/responses");

        Assert.Equal(["pageSize"], badPage.ErrorFields());
        Assert.Equal(["sort"], badSort.ErrorFields());
        Assert.Equal(0, empty.GetProperty("totalCount").GetInt32());
    }

    private static async Task<JsonElement> CreateSurveyAsync(HttpClient staff, Guid propertyId) =>
        await (await staff.PostJsonAsync($"{Api}/surveys", new { propertyId, title = "2026年第四季度满意度调查", periodStart = "2026-10-01", periodEnd = "2026-12-31" }))
            .ReadAsync(HttpStatusCode.Created);

    private static async Task RecordAsync(HttpClient staff, JsonElement survey, Guid unitId, int? score = null, string? answer = null) =>
        await (await staff.PostJsonAsync($"{Api}/surveys/{TestCompany.IdOf(survey)}/responses", new { responses = new[] { new { unitId, score, answer } } }))
            .ReadAsync(HttpStatusCode.OK);
}
