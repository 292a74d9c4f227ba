using System.Net;
using Estate.Testing;

namespace Estate.EndToEnd.CustomerService;

/// <summary>A survey's detail page lists each unit's answer, not only the totals.</summary>
public sealed class SurveyAnswerTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string CustomerService = "customer-service.staff@demo.estate";

    [Fact]
    public async Task A_surveys_individual_answers_are_listed_under_its_figures()
    {
        var (surveyId, responses) = await SurveyWithAnswersAsync();
        var page = await OpenSignedInAsync(CustomerService);

        await GoToAsync($"/customer-service/surveys/{surveyId}");

        await Assertions.Expect(page.GetByTestId("survey-responses")).ToHaveTextAsync(responses.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var rows = page.GetByTestId("survey-answers").Locator("tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(Math.Min(responses, 20));
        // Each answer names its unit (a link to it) and its score.
        await Assertions.Expect(rows.First.Locator("a[href^='/customer-service/units/']")).ToBeVisibleAsync();
        await Assertions.Expect(rows.First.Locator(".mud-chip")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[1-5]$"));
    }

    /// <summary>The demo survey with the most answers (the demo records them for every property's quarterly survey).</summary>
    private async Task<(Guid Id, int Responses)> SurveyWithAnswersAsync()
    {
        var api = await Fixture.ApiAsync(CustomerService);
        var surveys = await (await api.GetAsync("/api/customer-service/surveys?pageSize=100")).ReadAsync(HttpStatusCode.OK);
        var survey = surveys.GetProperty("items").EnumerateArray().MaxBy(s => s.GetProperty("responses").GetInt32());
        Assert.True(survey.GetProperty("responses").GetInt32() > 0, "The demo data records survey answers.");
        return (survey.GetProperty("id").GetGuid(), survey.GetProperty("responses").GetInt32());
    }
}
