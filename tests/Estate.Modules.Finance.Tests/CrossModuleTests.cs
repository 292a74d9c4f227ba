using System.Net;
using System.Text.Json;
using Estate.Testing;

namespace Estate.Modules.Finance.Tests;

/// <summary>Finance with its neighbours on and off: engineering's project funding, and customer service's units.</summary>
[Collection(FinanceHostCollection.Name)]
public sealed class CrossModuleTests(FinanceHostFixture fixture)
{
    [Fact]
    public async Task An_engineering_projects_funding_request_reaches_finance_and_the_decision_comes_back_to_the_project()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        await company.SetBudgetAsync("engineering", CompanyTime.Today.Year, 500_000m);
        var project = await PlanProjectAsync(company, 120_000m);

        var asked = await RequestFundingAsync(company, project);
        var inFinance = (await company.Head("finance").GetJsonAsync(
                $"{FinanceRequests.Api}/fund-requests?referenceType=engineering.project&referenceId={project.Id()}"))
            .GetProperty("items").EnumerateArray().Single();
        await (await company.DecideAsync(inFinance.Id(), new { decision = "partlyApproved", approvedAmount = 80_000m, reason = "一期先改主干道" })).ReadAsync(HttpStatusCode.OK);
        var decided = await Eventually.ReachesAsync(
            () => company.ReadOnly.GetJsonAsync($"/api/engineering/projects/{project.Id()}"),
            p => p.GetProperty("fundingStatus").GetString() != "requested",
            "the project to hear finance's decision");

        Assert.Equal("requested", asked.GetProperty("fundingStatus").GetString());
        Assert.Equal(inFinance.Id(), asked.GetProperty("fundRequestId").GetGuid());
        Assert.Equal("engineering", inFinance.GetProperty("department").GetString());
        Assert.Equal(120_000m, inFinance.Decimal("requestedAmount"));
        Assert.Equal(company.PropertyIds[0], inFinance.GetProperty("propertyId").GetGuid());
        Assert.Equal("partlyApproved", decided.GetProperty("fundingStatus").GetString());
        Assert.Equal(80_000m, decided.Decimal("approvedAmount"));
    }

    [Fact]
    public async Task With_finance_switched_off_or_not_taken_a_project_is_unfunded_and_finance_holds_no_request()
    {
        var switchedOff = await TestCompany.CreateAsync(fixture.Host);
        await (await switchedOff.Admin.PutJsonAsync("/api/platform/modules/finance", new { enabled = false })).ReadAsync(HttpStatusCode.OK);
        var without = await TestCompany.CreateAsync(fixture.Host, modules: ["customer-service", "engineering"]);

        foreach (var company in new[] { switchedOff, without })
        {
            var project = await PlanProjectAsync(company, 60_000m);
            var asked = await RequestFundingAsync(company, project);

            Assert.Equal("unfunded", asked.GetProperty("fundingStatus").GetString());
            Assert.Equal(JsonValueKind.Null, asked.GetProperty("fundRequestId").ValueKind);
        }

        Assert.Equal(0L, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM finance.fund_requests WHERE organization_id = ANY($1)", new[] { switchedOff.Id, without.Id }));
    }

    [Fact]
    public async Task With_customer_service_switched_off_bills_are_made_from_finances_copy_of_the_units()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        await company.AddUnitsAsync(company.PropertyIds[0], "7栋", ("7-101", 80m), ("7-102", 95.5m));
        await company.AddFeeItemAsync("物业服务费", "perSquareMetre", 2m);
        var first = await company.GenerateAsync(CompanyTime.Period(-2));

        await (await company.Admin.PutJsonAsync("/api/platform/modules/customer-service", new { enabled = false })).ReadAsync(HttpStatusCode.OK);
        var fromCopy = await company.GenerateAsync(CompanyTime.Period(-1));

        Assert.Equal("customerService", first.GetProperty("unitsSource").GetString());
        Assert.Equal(200, (int)(await company.Staff("finance").GetAsync($"{FinanceRequests.Api}/units")).StatusCode);
        Assert.Equal("copy", fromCopy.GetProperty("unitsSource").GetString());
        Assert.Equal(JsonValueKind.Null, fromCopy.GetProperty("unitsRead").ValueKind);
        Assert.Equal(2, fromCopy.GetProperty("billsCreated").GetInt32());
        Assert.Equal(351m, fromCopy.Decimal("amountCreated"));
    }

    [Fact]
    public async Task Finances_copy_of_the_units_follows_customer_services_events_without_a_generation()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        var units = await company.AddUnitsAsync(company.PropertyIds[1], "3栋", ("3-301", 88m), ("3-302", 66m));
        await company.AddOwnerAsync(units[0].Id(), "李秀英");

        var copied = await Eventually.ReachesAsync(
            () => UnitsAsync(company, ""),
            list => list.Count == 2 && list.Any(u => u.GetProperty("ownerName").GetString() == "李秀英"),
            "finance's copy to take the new units and owner");
        await (await company.Head("customer-service").PutJsonAsync($"/api/customer-service/units/{units[0].Id()}", units[0].With(new { number = "3-301", floorArea = 90.25m })))
            .ReadAsync(HttpStatusCode.OK);
        await (await company.Head("customer-service").DeleteAsync($"/api/customer-service/units/{units[1].Id()}?version={units[1].GetProperty("version").GetUInt32()}"))
            .ReadAsync(HttpStatusCode.NoContent);
        var changed = await Eventually.ReachesAsync(
            () => UnitsAsync(company, "&includeRemoved=true"),
            list => list.Any(u => u.Decimal("floorArea") == 90.25m) && list.Any(u => u.GetProperty("removed").GetBoolean()),
            "finance's copy to follow the new area and the removal");

        Assert.Equal(["3-301", "3-302"], copied.Select(u => u.GetProperty("unitNumber").GetString()));
        Assert.Equal("3栋", copied[0].GetProperty("buildingName").GetString());
        Assert.Equal(88m, copied[0].Decimal("floorArea"));
        Assert.True(changed.Single(u => u.GetProperty("unitNumber").GetString() == "3-302").GetProperty("removed").GetBoolean());
        Assert.Single(await UnitsAsync(company, ""));
    }

    [Fact]
    public async Task A_unit_customer_service_no_longer_lists_is_marked_removed_at_the_next_generation()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        var units = await company.AddUnitsAsync(company.PropertyIds[0], "4栋", ("4-101", 70m), ("4-102", 70m));
        await company.AddFeeItemAsync("公共区域水电分摊", "perUnit", 10m);
        await company.GenerateAsync(CompanyTime.Period(-1));
        // As if the removal's event had been lost: the unit goes from customer service while finance hears nothing.
        await (await company.Admin.PutJsonAsync("/api/platform/modules/finance", new { enabled = false })).ReadAsync(HttpStatusCode.OK);
        await (await company.Head("customer-service").DeleteAsync($"/api/customer-service/units/{units[1].Id()}?version={units[1].GetProperty("version").GetUInt32()}"))
            .ReadAsync(HttpStatusCode.NoContent);
        // Finance comes back only once the dispatcher has passed the event by; sooner, it would still receive it.
        await Eventually.ReachesAsync(
            () => fixture.Database.ColumnAsync(
                $"SELECT coalesce(processed_at::text, '') FROM customer_service.outbox_messages WHERE type LIKE 'Estate.Modules.CustomerService.Contracts.UnitRemoved,%' AND payload->>'unitId' = '{units[1].Id()}'"),
            rows => rows.Count == 1 && rows[0].Length > 0,
            "the removal to be dispatched while finance is off");
        await (await company.Admin.PutJsonAsync("/api/platform/modules/finance", new { enabled = true })).ReadAsync(HttpStatusCode.OK);

        var run = await company.GenerateAsync(CompanyTime.Period(0));

        Assert.Equal(1, run.GetProperty("unitsRead").GetInt32());
        Assert.Equal(1, run.GetProperty("unitsRemoved").GetInt32());
        Assert.Equal(1, run.GetProperty("billsCreated").GetInt32());
        Assert.Equal(2, (await company.BillsAsync($"period={CompanyTime.Period(-1)}")).Count);
    }

    private static async Task<List<JsonElement>> UnitsAsync(TestCompany company, string query) =>
        [.. (await company.Staff("finance").GetJsonAsync($"{FinanceRequests.Api}/units?pageSize=100{query}")).GetProperty("items").EnumerateArray()];

    private static async Task<JsonElement> PlanProjectAsync(TestCompany company, decimal estimatedCost) =>
        await (await company.Head("engineering").PostJsonAsync("/api/engineering/projects", new
        {
            propertyId = company.PropertyIds[0],
            title = "主干道路灯更换为LED",
            responsibleUserId = company.HeadUserId("engineering"),
            plannedStartOn = CompanyTime.Iso(CompanyTime.Today.AddDays(30)),
            plannedEndOn = CompanyTime.Iso(CompanyTime.Today.AddDays(60)),
            estimatedCost,
            expectedEffect = "提高夜间照明度",
        })).ReadAsync(HttpStatusCode.Created);

    private static async Task<JsonElement> RequestFundingAsync(TestCompany company, JsonElement project) =>
        await (await company.Head("engineering").PostJsonAsync($"/api/engineering/projects/{project.Id()}/request-funding", project.With(new { })))
            .ReadAsync(HttpStatusCode.OK);
}
