using System.Net;
using System.Text.Json;
using Estate.Testing;
using static Estate.Modules.CustomerService.Tests.CustomerServiceRequests;

namespace Estate.Modules.CustomerService.Tests;

/// <summary>Satisfaction surveys: scores and words on one scale, the rate with its sample, and its change against the previous survey.</summary>
[Collection(CustomerServiceHostCollection.Name)]
public sealed class SurveyTests(CustomerServiceHostFixture fixture)
{
    [Fact]
    public async Task The_rate_counts_scores_of_4_or_5_and_satisfied_answers_and_shows_its_change()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        var staff = company.Staff("customer-service");
        var rows = string.Join('\n', Enumerable.Range(1, 10).Select(i => $"North Garden,1栋,1-{i:00},80"));
        await (await company.Head("customer-service").ImportAsync("units", $"property,building,unit,area\n{rows}\n")).ReadAsync(HttpStatusCode.OK);
        var units = (await staff.GetJsonAsync($"{Api}/units?propertyId={company.PropertyIds[0]}")).GetProperty("items").EnumerateArray().Select(TestCompany.IdOf).ToList();

        var spring = await CreateSurveyAsync(staff, company.PropertyIds[0], "2026年第一季度", "2026-01-01", "2026-03-31");
        // 3 of 5 satisfied: 60 %.
        spring = await RecordAsync(staff, spring, units[0], score: 5);
        spring = await RecordAsync(staff, spring, units[1], score: 4);
        spring = await RecordAsync(staff, spring, units[2], answer: "satisfied");
        spring = await RecordAsync(staff, spring, units[3], answer: "neutral");
        spring = await RecordAsync(staff, spring, units[4], score: 2);
        var summer = await CreateSurveyAsync(staff, company.PropertyIds[0], "2026年第二季度", "2026-04-01", "2026-06-30");
        // 3 of 4 satisfied: 75 %; the unit answering twice counts once, with its last answer.
        summer = await RecordAsync(staff, summer, units[0], score: 1);
        summer = await RecordAsync(staff, summer, units[0], score: 4);
        summer = await RecordAsync(staff, summer, units[1], answer: "satisfied");
        summer = await RecordAsync(staff, summer, units[2], score: 5);
        summer = await RecordAsync(staff, summer, units[3], answer: "dissatisfied");

        Assert.Equal(60.0m, spring.GetProperty("satisfactionRate").GetDecimal());
        Assert.Equal(5, spring.GetProperty("responses").GetInt32());
        Assert.Equal(JsonValueKind.Null, spring.GetProperty("previousSurveyId").ValueKind);
        Assert.Equal(75.0m, summer.GetProperty("satisfactionRate").GetDecimal());
        Assert.Equal(4, summer.GetProperty("responses").GetInt32());
        Assert.Equal(TestCompany.IdOf(spring), summer.GetProperty("previousSurveyId").GetGuid());
        Assert.Equal(60.0m, summer.GetProperty("previousSatisfactionRate").GetDecimal());
        Assert.Equal(15.0m, summer.GetProperty("change").GetDecimal());
        Assert.Equal(3.75m, summer.GetProperty("averageScore").GetDecimal());
        var listed = await company.ReadOnly.GetJsonAsync($"{Api}/surveys?propertyId={company.PropertyIds[0]}");
        Assert.Equal([TestCompany.IdOf(summer), TestCompany.IdOf(spring)], listed.GetProperty("items").EnumerateArray().Select(TestCompany.IdOf));
    }

    [Fact]
    public async Task Answers_need_one_of_score_or_word_and_a_unit_of_the_surveys_property()
    {
        var staff = fixture.CompanyA.Staff("customer-service");
        var (unitElsewhere, _) = await staff.CreateHomeAsync(fixture.CompanyA.PropertyIds[1]);
        var survey = await CreateSurveyAsync(staff, fixture.CompanyA.PropertyIds[0], "调查", "2026-07-01", "2026-09-30");
        var url = $"{Api}/surveys/{TestCompany.IdOf(survey)}/responses";

        var both = await (await staff.PostJsonAsync(url, new { responses = new object[] { new { unitId = Guid.NewGuid(), score = 4, answer = "satisfied" }, new { unitId = Guid.NewGuid(), score = 6 }, new { } } }))
            .ReadAsync(HttpStatusCode.BadRequest);
        var elsewhere = await (await staff.PostJsonAsync(url, new { responses = new[] { new { unitId = TestCompany.IdOf(unitElsewhere), score = 4 } } })).ReadAsync(HttpStatusCode.BadRequest);
        var reversed = await (await staff.PostJsonAsync($"{Api}/surveys", new { propertyId = fixture.CompanyA.PropertyIds[0], title = "x", periodStart = "2026-09-30", periodEnd = "2026-07-01" }))
            .ReadAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["responses[0].answer", "responses[1].score", "responses[2].score", "responses[2].unitId"], both.ErrorFields().Order(StringComparer.Ordinal));
        Assert.Equal(["responses[0].unitId"], elsewhere.ErrorFields());
        Assert.Equal(["periodEnd"], reversed.ErrorFields());
    }

    private static async Task<JsonElement> CreateSurveyAsync(HttpClient staff, Guid propertyId, string title, string start, string end) =>
        await (await staff.PostJsonAsync($"{Api}/surveys", new { propertyId, title, periodStart = start, periodEnd = end })).ReadAsync(HttpStatusCode.Created);

    private static async Task<JsonElement> RecordAsync(HttpClient staff, JsonElement survey, Guid unitId, int? score = null, string? answer = null) =>
        await (await staff.PostJsonAsync($"{Api}/surveys/{TestCompany.IdOf(survey)}/responses", new { responses = new[] { new { unitId, score, answer } } }))
            .ReadAsync(HttpStatusCode.OK);
}
