using System.Net;
using System.Text;
using Estate.Testing;

namespace Estate.Modules.Engineering.Tests;

/// <summary>What a client can send wrong is a 400 naming the field, never a 500, and stores nothing.</summary>
[Collection(EngineeringHostCollection.Name)]
public sealed class BadInputTests(EngineeringHostFixture fixture)
{
    private HttpClient Staff => fixture.CompanyA.Staff("engineering");

    [Fact]
    public async Task Missing_fields_are_each_named()
    {
        var problem = await (await Staff.PostJsonAsync("/api/engineering/work-orders", new { description = "no title" })).ReadAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["category", "priority", "propertyId", "source", "title"], problem.ErrorFields().Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("""{"propertyId": 12, "title": "t", "category": "elevator", "priority": "low", "source": "internal"}""", "propertyId")]
    [InlineData("""{"propertyId": "not-a-guid", "title": "t", "category": "elevator", "priority": "low", "source": "internal"}""", "propertyId")]
    [InlineData("""{"propertyId": "0193a000-0000-7000-8000-000000000101", "title": ["t"], "category": "elevator", "priority": "low", "source": "internal"}""", "title")]
    [InlineData("""{"propertyId": "0193a000-0000-7000-8000-000000000101", "title": "t", "category": "elevator", "priority": "whenever", "source": "internal"}""", "priority")]
    [InlineData("""{"propertyId": "0193a000-0000-7000-8000-000000000101", "title": "t", "category": "elevator", "priority": 1, "source": "internal"}""", "priority")]
    public async Task Wrong_types_and_unknown_enum_values_are_400_naming_the_field(string json, string field)
    {
        var response = await Staff.PostAsync("/api/engineering/work-orders", new StringContent(json, Encoding.UTF8, "application/json"));

        var problem = await response.ReadAsync(HttpStatusCode.BadRequest);
        Assert.Equal([field], problem.ErrorFields());
    }

    [Fact]
    public async Task Oversized_strings_are_400_naming_the_field_and_store_nothing()
    {
        var title = new string('长', 201);
        var problem = await (await Staff.PostJsonAsync("/api/engineering/work-orders", WorkOrderRequests.NewWorkOrder(fixture.CompanyA.PropertyIds[0], title))).ReadAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["title"], problem.ErrorFields());
        Assert.Equal(0L, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM engineering.work_orders WHERE title = $1", title));
    }

    [Theory]
    [InlineData("/api/engineering/work-orders/abc", "id")]
    [InlineData("/api/engineering/work-orders?status=lost", "status")]
    [InlineData("/api/engineering/work-orders?page=zero", "page")]
    [InlineData("/api/engineering/work-orders?pageSize=1000", "pageSize")]
    [InlineData("/api/engineering/facilities/12", "id")]
    public async Task Bad_ids_and_query_values_are_400_naming_the_parameter(string url, string field)
    {
        var problem = await (await Staff.GetAsync(url)).ReadAsync(HttpStatusCode.BadRequest);

        Assert.Equal([field], problem.ErrorFields());
    }

    [Fact]
    public async Task A_state_change_without_the_version_read_is_400()
    {
        var workOrder = await Staff.OpenWorkOrderAsync(fixture.CompanyA.PropertyIds[0]);

        var problem = await (await Staff.PostJsonAsync($"/api/engineering/work-orders/{TestCompany.IdOf(workOrder)}/delay", new { reason = "waiting" }))
            .ReadAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["version"], problem.ErrorFields());
    }

    [Fact]
    public async Task A_missing_work_order_is_404_not_500()
    {
        await (await Staff.GetAsync($"/api/engineering/work-orders/{Guid.NewGuid()}")).ReadAsync(HttpStatusCode.NotFound);
        await (await Staff.PostJsonAsync($"/api/engineering/work-orders/{Guid.NewGuid()}/start", new { version = 1 })).ReadAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_400()
    {
        var response = await Staff.PostAsync("/api/engineering/work-orders", new StringContent("title=broken", Encoding.UTF8, "application/json"));

        await response.ReadAsync(HttpStatusCode.BadRequest);
    }
}
