using System.Net;
using System.Text;
using Estate.Testing;

namespace Estate.Modules.Cleaning.Tests;

/// <summary>What a client can send wrong is a 400 naming the field, never a 500, and stores nothing.</summary>
[Collection(CleaningHostCollection.Name)]
public sealed class BadInputTests(CleaningHostFixture fixture)
{
    private HttpClient Head => fixture.CompanyA.Head(Cleaning.Module);

    private HttpClient Staff => fixture.CompanyA.Staff(Cleaning.Module);

    [Theory]
    [InlineData("/api/cleaning/zones", "kind,name,propertyId")]
    [InlineData("/api/cleaning/schedules", "frequency,task,windowEnd,windowStart,zoneId")]
    [InlineData("/api/cleaning/collection-points", "collectionTime,name,propertyId")]
    [InlineData("/api/cleaning/supply-purchases", "isEcoFriendly,item,propertyId,purchasedOn,quantity,supplier,unit,unitCost")]
    public async Task Missing_fields_are_each_named(string url, string fields)
    {
        var problem = await (await Head.PostJsonAsync(url, new { })).ReadAsync(HttpStatusCode.BadRequest);

        Assert.Equal(fields.Split(','), problem.ErrorFields().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Missing_fields_of_work_done_in_the_field_are_each_named()
    {
        var deadCorner = await (await Staff.PostJsonAsync("/api/cleaning/dead-corners", new { })).ReadAsync(HttpStatusCode.BadRequest);
        var collection = await (await Staff.PostJsonAsync("/api/cleaning/collections", new { })).ReadAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["description", "place", "propertyId"], deadCorner.ErrorFields().Order(StringComparer.Ordinal));
        Assert.Equal(["collectionPointId"], collection.ErrorFields());
    }

    [Theory]
    [InlineData("weekdays", null, "08:00:00", "09:00:00", "weekdays")]
    [InlineData("everyNDays", null, "08:00:00", "09:00:00", "intervalDays")]
    [InlineData("everyNDays", 0, "08:00:00", "09:00:00", "intervalDays")]
    [InlineData("daily", null, "10:00:00", "09:00:00", "windowEnd")]
    [InlineData("daily", null, "10:00:00", "10:00:00", "windowEnd")]
    public async Task A_schedule_missing_what_its_frequency_needs_or_with_an_inverted_window_is_400(string frequency, int? intervalDays, string start, string end, string field)
    {
        var zone = await fixture.CompanyA.CreateZoneAsync();

        var problem = await (await Head.PostJsonAsync("/api/cleaning/schedules", new
        {
            zoneId = TestCompany.IdOf(zone), task = "t", frequency, intervalDays, windowStart = start, windowEnd = end,
        })).ReadAsync(HttpStatusCode.BadRequest);

        Assert.Equal([field], problem.ErrorFields());
    }

    [Theory]
    [InlineData("/api/cleaning/zones", """{"propertyId": "0193a000-0000-7000-8000-000000000101", "name": "n", "kind": "attic"}""", "kind")]
    [InlineData("/api/cleaning/schedules", """{"zoneId": "0193a000-0000-7000-8000-000000000101", "task": "t", "frequency": "weekdays", "weekdays": ["someday"], "windowStart": "08:00:00", "windowEnd": "09:00:00"}""", "weekdays[0]")]
    [InlineData("/api/cleaning/schedules", """{"zoneId": "0193a000-0000-7000-8000-000000000101", "task": "t", "frequency": "daily", "windowStart": "8 o'clock", "windowEnd": "09:00:00"}""", "windowStart")]
    [InlineData("/api/cleaning/collection-points", """{"propertyId": "0193a000-0000-7000-8000-000000000101", "name": "n", "collectionTime": "25:00:00"}""", "collectionTime")]
    [InlineData("/api/cleaning/supply-purchases", """{"propertyId": "0193a000-0000-7000-8000-000000000101", "item": "i", "quantity": "many", "unit": "u", "unitCost": 1, "supplier": "s", "purchasedOn": "2026-01-01", "isEcoFriendly": true}""", "quantity")]
    public async Task Wrong_types_and_unknown_enum_values_are_400_naming_the_field(string url, string json, string field)
    {
        var response = await Head.PostAsync(url, new StringContent(json, Encoding.UTF8, "application/json"));

        var problem = await response.ReadAsync(HttpStatusCode.BadRequest);
        Assert.Equal([field], problem.ErrorFields());
    }

    [Fact]
    public async Task A_dead_corner_with_a_photo_that_is_not_a_web_address_or_an_oversized_place_is_400_and_stores_nothing()
    {
        var place = new string('角', 201);

        var problem = await (await Staff.PostJsonAsync("/api/cleaning/dead-corners", new
        {
            propertyId = fixture.CompanyA.PropertyIds[0], place, description = "d", photoUrl = "file:///etc/passwd", engineeringNeed = "buildingWork",
        })).ReadAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["photoUrl", "place"], problem.ErrorFields().Order(StringComparer.Ordinal));
        Assert.Equal(0L, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM cleaning.dead_corners WHERE place = $1", place));
    }

    [Theory]
    [InlineData("/api/cleaning/tasks/abc", "id")]
    [InlineData("/api/cleaning/tasks?status=lost", "status")]
    [InlineData("/api/cleaning/tasks?from=yesterday", "from")]
    [InlineData("/api/cleaning/tasks?from=2026-11-02&to=2026-11-01", "to")]
    [InlineData("/api/cleaning/collections?pageSize=1000", "pageSize")]
    [InlineData("/api/cleaning/dead-corners?page=0", "page")]
    [InlineData("/api/cleaning/zones?kind=attic", "kind")]
    [InlineData("/api/cleaning/supply-purchases/eco-share?to=2026-13-01", "to")]
    [InlineData("/api/cleaning/reports/meeting?from=2025-01-01&to=2026-06-01", "to")]
    public async Task Bad_ids_and_query_values_are_400_naming_the_parameter(string url, string field)
    {
        var problem = await (await Staff.GetAsync(url)).ReadAsync(HttpStatusCode.BadRequest);

        Assert.Equal([field], problem.ErrorFields());
    }

    [Fact]
    public async Task A_change_without_the_version_read_is_400()
    {
        var task = await fixture.CompanyA.TodaysTaskAsync(fixture);
        var deadCorner = await fixture.CompanyA.ReportDeadCornerAsync();

        var complete = await (await Staff.PostJsonAsync($"/api/cleaning/tasks/{TestCompany.IdOf(task)}/complete", new { })).ReadAsync(HttpStatusCode.BadRequest);
        var start = await (await Staff.PostJsonAsync($"/api/cleaning/dead-corners/{TestCompany.IdOf(deadCorner)}/start", new { })).ReadAsync(HttpStatusCode.BadRequest);
        var settings = await (await Head.PutJsonAsync("/api/cleaning/settings", new { collectionToleranceMinutes = -5 })).ReadAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["version"], complete.ErrorFields());
        Assert.Equal(["version"], start.ErrorFields());
        Assert.Equal(["collectionToleranceMinutes", "version"], settings.ErrorFields().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Missing_records_are_404_not_500()
    {
        await (await Staff.GetAsync($"/api/cleaning/tasks/{Guid.NewGuid()}")).ReadAsync(HttpStatusCode.NotFound);
        await (await Staff.PostJsonAsync($"/api/cleaning/tasks/{Guid.NewGuid()}/complete", new { version = 1 })).ReadAsync(HttpStatusCode.NotFound);
        await (await Staff.PostJsonAsync($"/api/cleaning/dead-corners/{Guid.NewGuid()}/resolve", new { note = "n", version = 1 })).ReadAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_400()
    {
        var response = await Staff.PostAsync("/api/cleaning/dead-corners", new StringContent("place=broken", Encoding.UTF8, "application/json"));

        await response.ReadAsync(HttpStatusCode.BadRequest);
    }
}
