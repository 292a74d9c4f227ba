using System.Net;
using System.Text.Json;
using Estate.Testing;

namespace Estate.Modules.Engineering.Tests;

[Collection(EngineeringHostCollection.Name)]
public sealed class TimeLimitTests(EngineeringHostFixture fixture)
{
    [Fact]
    public async Task A_company_starts_with_the_default_time_limits_for_every_category()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);

        var table = await (await company.ReadOnly.GetAsync("/api/engineering/time-limits")).ReadAsync(HttpStatusCode.OK);

        Assert.Equal(9 * 4, table.GetArrayLength());
        Assert.All(table.EnumerateArray(), cell => Assert.True(cell.GetProperty("isDefault").GetBoolean()));
        var elevator = table.EnumerateArray().Where(c => c.GetProperty("category").GetString() == "elevator")
            .ToDictionary(c => c.GetProperty("priority").GetString()!, c => c.GetProperty("hours").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["urgent"] = 4, ["high"] = 24, ["normal"] = 72, ["low"] = 168 }, elevator);
    }

    [Fact]
    public async Task A_limit_the_head_sets_gives_the_next_work_order_of_that_category_and_priority_its_deadline()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        var openedBefore = await OpenAsync(company, "elevator", "urgent");

        var table = await (await company.Head("engineering").PutJsonAsync("/api/engineering/time-limits", new
        {
            limits = new[] { new { category = "elevator", priority = "urgent", hours = 2 }, new { category = "fireSafety", priority = "high", hours = 12 } },
        })).ReadAsync(HttpStatusCode.OK);
        var elevatorUrgent = await OpenAsync(company, "elevator", "urgent");
        var plumbingUrgent = await OpenAsync(company, "plumbing", "urgent");
        var elevatorHigh = await OpenAsync(company, "elevator", "high");

        var set = table.EnumerateArray().Single(c => c.GetProperty("category").GetString() == "elevator" && c.GetProperty("priority").GetString() == "urgent");
        Assert.Equal(2, set.GetProperty("hours").GetInt32());
        Assert.False(set.GetProperty("isDefault").GetBoolean());
        Assert.Equal(2, table.EnumerateArray().Count(c => !c.GetProperty("isDefault").GetBoolean()));
        Assert.Equal(TimeSpan.FromHours(2), Allowed(elevatorUrgent));
        Assert.Equal(TimeSpan.FromHours(4), Allowed(plumbingUrgent));
        Assert.Equal(TimeSpan.FromHours(24), Allowed(elevatorHigh));
        var unchanged = await (await company.ReadOnly.GetAsync($"/api/engineering/work-orders/{TestCompany.IdOf(openedBefore)}")).ReadAsync(HttpStatusCode.OK);
        Assert.Equal(TimeSpan.FromHours(4), Allowed(unchanged));
    }

    [Fact]
    public async Task A_reopened_work_order_gets_its_new_deadline_from_the_current_limit()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        var done = await company.CompletedWorkOrderAsync(company.PropertyIds[0], priority: "normal");
        await (await company.Head("engineering").PutJsonAsync("/api/engineering/time-limits", new
        {
            limits = new[] { new { category = "elevator", priority = "normal", hours = 10 } },
        })).ReadAsync(HttpStatusCode.OK);

        var reopened = await company.Staff("engineering").ActAsync($"/api/engineering/work-orders/{TestCompany.IdOf(done)}/reopen", done, new { reason = "又坏了" });

        Assert.Equal(TimeSpan.FromHours(10), reopened.GetProperty("deadline").GetDateTimeOffset() - reopened.GetProperty("lastReopenedAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Changing_a_limit_again_replaces_it()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        foreach (var hours in new[] { 8, 6 })
        {
            await (await company.Head("engineering").PutJsonAsync("/api/engineering/time-limits", new
            {
                limits = new[] { new { category = "civil", priority = "high", hours } },
            })).ReadAsync(HttpStatusCode.OK);
        }

        var table = await (await company.ReadOnly.GetAsync("/api/engineering/time-limits")).ReadAsync(HttpStatusCode.OK);

        Assert.Equal(6, table.EnumerateArray().Single(c => c.GetProperty("category").GetString() == "civil" && c.GetProperty("priority").GetString() == "high")
            .GetProperty("hours").GetInt32());
    }

    [Fact]
    public async Task Only_the_department_head_and_managers_set_time_limits()
    {
        var company = fixture.CompanyA;
        var body = new { limits = new[] { new { category = "civil", priority = "low", hours = 100 } } };

        await (await company.Staff("engineering").PutJsonAsync("/api/engineering/time-limits", body)).ReadAsync(HttpStatusCode.Forbidden);
        await (await company.ReadOnly.PutJsonAsync("/api/engineering/time-limits", body)).ReadAsync(HttpStatusCode.Forbidden);
        await (await company.Manager.PutJsonAsync("/api/engineering/time-limits", body)).ReadAsync(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("""{"limits": []}""", "limits")]
    [InlineData("""{}""", "limits")]
    [InlineData("""{"limits": [{"category": "elevator", "priority": "urgent", "hours": 0}]}""", "limits[0].hours")]
    [InlineData("""{"limits": [{"category": "elevator", "priority": "urgent", "hours": 5000}]}""", "limits[0].hours")]
    [InlineData("""{"limits": [{"category": "elevator", "priority": "urgent"}]}""", "limits[0].hours")]
    [InlineData("""{"limits": [{"category": "spaceship", "priority": "urgent", "hours": 3}]}""", "limits[0].category")]
    [InlineData("""{"limits": [{"category": "elevator", "priority": "urgent", "hours": 3}, {"category": "elevator", "priority": "urgent", "hours": 5}]}""", "limits")]
    public async Task Bad_time_limits_are_400_naming_the_field_and_change_nothing(string json, string field)
    {
        var company = fixture.CompanyB;

        var problem = await (await company.Head("engineering").PutAsync("/api/engineering/time-limits", new StringContent(json, System.Text.Encoding.UTF8, "application/json")))
            .ReadAsync(HttpStatusCode.BadRequest);

        Assert.Equal([field], problem.ErrorFields());
        var table = await (await company.ReadOnly.GetAsync("/api/engineering/time-limits")).ReadAsync(HttpStatusCode.OK);
        Assert.All(table.EnumerateArray(), cell => Assert.True(cell.GetProperty("isDefault").GetBoolean()));
    }

    private static async Task<JsonElement> OpenAsync(TestCompany company, string category, string priority) =>
        await (await company.Staff("engineering").PostJsonAsync(
                "/api/engineering/work-orders", WorkOrderRequests.NewWorkOrder(company.PropertyIds[0], $"{category} {priority}", priority, category)))
            .ReadAsync(HttpStatusCode.Created);

    private static TimeSpan Allowed(JsonElement workOrder) =>
        workOrder.GetProperty("deadline").GetDateTimeOffset() - workOrder.GetProperty("createdAt").GetDateTimeOffset();
}
