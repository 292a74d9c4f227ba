using System.Net;
using System.Text.Json;
using Estate.Testing;

namespace Estate.Modules.Engineering.Tests;

/// <summary>The owner's rating and comment, taken on the follow-up call after a repair.</summary>
[Collection(EngineeringHostCollection.Name)]
public sealed class RatingTests(EngineeringHostFixture fixture)
{
    private TestCompany Company => fixture.CompanyA;

    [Fact]
    public async Task The_rating_from_the_follow_up_call_is_kept_on_the_done_work_order_and_it_can_then_be_closed()
    {
        var done = await Company.CompletedWorkOrderAsync(Company.PropertyIds[0]);
        var url = $"/api/engineering/work-orders/{TestCompany.IdOf(done)}";

        var rated = await Company.Staff("engineering").ActAsync($"{url}/rating", done, new { rating = 4, comment = "师傅很专业，就是等得有点久" });
        var closed = await Company.Staff("engineering").ActAsync($"{url}/close", rated);

        Assert.Equal(4, rated.GetProperty("ownerRating").GetInt32());
        Assert.Equal("师傅很专业，就是等得有点久", rated.GetProperty("ownerComment").GetString());
        Assert.NotEqual(JsonValueKind.Null, rated.GetProperty("ratedAt").ValueKind);
        Assert.Equal("closed", closed.GetProperty("status").GetString());
        Assert.Equal(4, closed.GetProperty("ownerRating").GetInt32());
    }

    [Fact]
    public async Task A_closed_work_order_can_be_rated_once_and_a_second_rating_is_409()
    {
        var done = await Company.CompletedWorkOrderAsync(Company.PropertyIds[1]);
        var url = $"/api/engineering/work-orders/{TestCompany.IdOf(done)}";
        var closed = await Company.Staff("engineering").ActAsync($"{url}/close", done);

        var rated = await Company.Staff("engineering").ActAsync($"{url}/rating", closed, new { rating = 5 });
        var again = await Company.Staff("engineering").ActAsync($"{url}/rating", rated, new { rating = 1 }, HttpStatusCode.Conflict);

        Assert.Equal("work_order.already_rated", again.GetProperty("code").GetString());
        var stored = await (await Company.ReadOnly.GetAsync(url)).ReadAsync(HttpStatusCode.OK);
        Assert.Equal(5, stored.GetProperty("ownerRating").GetInt32());
    }

    [Fact]
    public async Task An_open_work_order_cannot_be_rated_and_reopening_clears_the_rating_of_the_failed_repair()
    {
        var open = await Company.Staff("engineering").OpenWorkOrderAsync(Company.PropertyIds[0]);
        var refused = await Company.Staff("engineering").ActAsync($"/api/engineering/work-orders/{TestCompany.IdOf(open)}/rating", open, new { rating = 3 }, HttpStatusCode.Conflict);
        var done = await Company.CompletedWorkOrderAsync(Company.PropertyIds[0]);
        var url = $"/api/engineering/work-orders/{TestCompany.IdOf(done)}";
        var rated = await Company.Staff("engineering").ActAsync($"{url}/rating", done, new { rating = 2, comment = "没修好" });

        var reopened = await Company.Staff("engineering").ActAsync($"{url}/reopen", rated, new { reason = "业主反映又漏水" });

        Assert.Equal("work_order.cannot_rate", refused.GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, reopened.GetProperty("ownerRating").ValueKind);
        Assert.Equal(1, reopened.GetProperty("reopenCount").GetInt32());
    }

    [Theory]
    [InlineData("""{"rating": 6, "version": 1}""", "rating")]
    [InlineData("""{"rating": 0, "version": 1}""", "rating")]
    [InlineData("""{"version": 1}""", "rating")]
    [InlineData("""{"rating": "great", "version": 1}""", "rating")]
    [InlineData("""{"rating": 4}""", "version")]
    public async Task A_bad_rating_is_400_naming_the_field(string json, string field)
    {
        var done = await Company.CompletedWorkOrderAsync(Company.PropertyIds[0]);

        var problem = await (await Company.Staff("engineering").PostAsync(
                $"/api/engineering/work-orders/{TestCompany.IdOf(done)}/rating", new StringContent(json, System.Text.Encoding.UTF8, "application/json")))
            .ReadAsync(HttpStatusCode.BadRequest);

        Assert.Equal([field], problem.ErrorFields());
    }

    [Fact]
    public async Task Only_engineering_records_ratings()
    {
        var done = await Company.CompletedWorkOrderAsync(Company.PropertyIds[0]);

        await (await Company.ReadOnly.PostJsonAsync($"/api/engineering/work-orders/{TestCompany.IdOf(done)}/rating", done.With(new { rating = 5 })))
            .ReadAsync(HttpStatusCode.Forbidden);
    }
}
