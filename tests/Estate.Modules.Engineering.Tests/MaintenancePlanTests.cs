using System.Net;
using System.Text.Json;
using Estate.Testing;

namespace Estate.Modules.Engineering.Tests;

/// <summary>Preventive maintenance plans and the job that opens their work orders ahead of each due date.</summary>
[Collection(EngineeringHostCollection.Name)]
public sealed class MaintenancePlanTests(EngineeringHostFixture fixture)
{
    [Fact]
    public async Task The_plan_job_opens_the_work_order_ahead_of_the_due_date_and_a_second_run_opens_no_duplicate()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        var elevator = await company.AddFacilityAsync(company.PropertyIds[0]);
        var dueOn = CompanyTime.Today.AddDays(5);
        var plan = await CreatePlanAsync(company, elevator, "电梯月度维保", "months", 1, dueOn, leadDays: 7, source: "inspection");

        await RunPlanJobAsync(company);
        await RunPlanJobAsync(company);

        var orders = await (await company.ReadOnly.GetAsync($"/api/engineering/work-orders?maintenancePlanId={TestCompany.IdOf(plan)}")).ReadAsync(HttpStatusCode.OK);
        var workOrder = Assert.Single(orders.GetProperty("items").EnumerateArray());
        Assert.Equal("电梯月度维保", workOrder.GetProperty("title").GetString());
        Assert.Equal(CompanyTime.Iso(dueOn), workOrder.GetProperty("plannedFor").GetString());
        Assert.Equal(TestCompany.IdOf(elevator), workOrder.GetProperty("facilityId").GetGuid());
        Assert.Equal("elevator", workOrder.GetProperty("category").GetString());
        Assert.Equal("inspection", workOrder.GetProperty("source").GetString());
        Assert.Equal("new", workOrder.GetProperty("status").GetString());
        Assert.Equal(CompanyTime.At(dueOn.AddDays(1), 0), workOrder.GetProperty("deadline").GetDateTimeOffset());
        var moved = await ReadPlanAsync(company, plan);
        Assert.Equal(CompanyTime.Iso(dueOn.AddMonths(1)), moved.GetProperty("nextDueOn").GetString());
        Assert.Equal(1L, await fixture.Database.ScalarAsync<long>(
            "SELECT count(*) FROM engineering.work_orders WHERE maintenance_plan_id = $1", TestCompany.IdOf(plan)));
    }

    [Fact]
    public async Task Nothing_is_opened_before_the_lead_time_or_while_the_plan_is_paused()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        var pump = await company.AddFacilityAsync(company.PropertyIds[1], "生活水泵", "waterSupply");
        var later = await CreatePlanAsync(company, pump, "水泵季度保养", "months", 3, CompanyTime.Today.AddDays(30), leadDays: 7);
        var paused = await CreatePlanAsync(company, pump, "水泵巡检", "days", 7, CompanyTime.Today.AddDays(1), leadDays: 3);
        paused = await company.Head("engineering").ActAsync($"/api/engineering/maintenance-plans/{TestCompany.IdOf(paused)}/pause", paused);

        await RunPlanJobAsync(company);

        var orders = await (await company.ReadOnly.GetAsync("/api/engineering/work-orders")).ReadAsync(HttpStatusCode.OK);
        Assert.Equal(0, orders.GetProperty("totalCount").GetInt32());
        Assert.Equal("paused", paused.GetProperty("status").GetString());
        Assert.Equal(CompanyTime.Iso(CompanyTime.Today.AddDays(30)), (await ReadPlanAsync(company, later)).GetProperty("nextDueOn").GetString());
    }

    [Fact]
    public async Task A_resumed_plan_starts_again_from_its_new_due_date_and_a_missed_one_is_opened_once()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        var gate = await company.AddFacilityAsync(company.PropertyIds[0], "东门道闸", "accessGates");
        var plan = await CreatePlanAsync(company, gate, "道闸保养", "days", 30, CompanyTime.Today.AddDays(2), leadDays: 1);
        var url = $"/api/engineering/maintenance-plans/{TestCompany.IdOf(plan)}";
        plan = await company.Head("engineering").ActAsync($"{url}/pause", plan);
        var pausedAgain = await company.Head("engineering").ActAsync($"{url}/pause", plan, expected: HttpStatusCode.Conflict);

        var missed = CompanyTime.Today.AddDays(-65);
        plan = await company.Head("engineering").ActAsync($"{url}/resume", plan, new { nextDueOn = CompanyTime.Iso(missed) });
        await RunPlanJobAsync(company);
        await RunPlanJobAsync(company);

        var orders = await (await company.ReadOnly.GetAsync($"/api/engineering/work-orders?maintenancePlanId={TestCompany.IdOf(plan)}")).ReadAsync(HttpStatusCode.OK);
        Assert.Equal("maintenance_plan.cannot_pause", pausedAgain.GetProperty("code").GetString());
        Assert.Equal("active", plan.GetProperty("status").GetString());
        Assert.Equal([CompanyTime.Iso(missed)], orders.GetProperty("items").EnumerateArray().Select(w => w.GetProperty("plannedFor").GetString()));
        Assert.Equal(CompanyTime.Iso(missed.AddDays(90)), (await ReadPlanAsync(company, plan)).GetProperty("nextDueOn").GetString());
    }

    [Fact]
    public async Task Plans_are_listed_soonest_first_and_filtered_by_status()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        var facility = await company.AddFacilityAsync(company.PropertyIds[0]);
        var second = await CreatePlanAsync(company, facility, "电梯年检准备", "months", 12, CompanyTime.Today.AddDays(40), leadDays: 14);
        var first = await CreatePlanAsync(company, facility, "电梯半月维保", "days", 15, CompanyTime.Today.AddDays(20), leadDays: 3);
        await company.Head("engineering").ActAsync($"/api/engineering/maintenance-plans/{TestCompany.IdOf(second)}/pause", second);

        var all = await (await company.ReadOnly.GetAsync($"/api/engineering/maintenance-plans?facilityId={TestCompany.IdOf(facility)}")).ReadAsync(HttpStatusCode.OK);
        var active = await (await company.ReadOnly.GetAsync("/api/engineering/maintenance-plans?status=active")).ReadAsync(HttpStatusCode.OK);

        Assert.Equal([TestCompany.IdOf(first), TestCompany.IdOf(second)], all.GetProperty("items").EnumerateArray().Select(TestCompany.IdOf));
        Assert.Equal([TestCompany.IdOf(first)], active.GetProperty("items").EnumerateArray().Select(TestCompany.IdOf));
    }

    [Fact]
    public async Task Planned_work_counts_in_the_report_but_not_in_the_response_and_resolution_times_of_repairs()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        var elevator = await company.AddFacilityAsync(company.PropertyIds[0]);
        var plan = await CreatePlanAsync(company, elevator, "电梯半月维保", "days", 15, CompanyTime.Today.AddDays(2), leadDays: 3);
        await RunPlanJobAsync(company);
        var orders = await (await company.ReadOnly.GetAsync($"/api/engineering/work-orders?maintenancePlanId={TestCompany.IdOf(plan)}")).ReadAsync(HttpStatusCode.OK);
        var workOrder = orders.GetProperty("items")[0];
        var url = $"/api/engineering/work-orders/{TestCompany.IdOf(workOrder)}";
        workOrder = await company.Staff("engineering").ActAsync($"{url}/assign", workOrder, new { assigneeUserId = company.StaffUserId("engineering") });
        workOrder = await company.Staff("engineering").ActAsync($"{url}/start", workOrder);
        await company.Staff("engineering").ActAsync($"{url}/complete", workOrder, new { notes = "按合同完成保养" });

        var report = await (await company.Manager.GetAsync("/api/engineering/reports/meeting")).ReadAsync(HttpStatusCode.OK);

        decimal? Value(string code)
        {
            var value = report.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("code").GetString() == code).GetProperty("value");
            return value.ValueKind == JsonValueKind.Null ? null : value.GetDecimal();
        }

        Assert.Equal(1m, Value("work_orders_opened"));
        Assert.Equal(1m, Value("work_orders_completed"));
        Assert.Equal(100m, Value("completed_on_time_rate"));
        Assert.Null(Value("average_response_hours"));
        Assert.Null(Value("average_resolution_hours"));
    }

    [Theory]
    [InlineData("""{"title": "t", "interval": "months", "intervalLength": 1, "firstDueOn": "2026-12-01", "leadDays": 3}""", "facilityId")]
    [InlineData("""{"facilityId": "FACILITY", "title": "t", "interval": "months", "intervalLength": 1, "firstDueOn": "2026-12-01", "leadDays": 3, "source": "ownerRequest"}""", "source")]
    [InlineData("""{"facilityId": "FACILITY", "title": "t", "interval": "weeks", "intervalLength": 1, "firstDueOn": "2026-12-01", "leadDays": 3}""", "interval")]
    [InlineData("""{"facilityId": "FACILITY", "title": "t", "interval": "months", "intervalLength": 0, "firstDueOn": "2026-12-01", "leadDays": 3}""", "intervalLength")]
    [InlineData("""{"facilityId": "FACILITY", "title": "t", "interval": "months", "intervalLength": 61, "firstDueOn": "2026-12-01", "leadDays": 3}""", "intervalLength")]
    [InlineData("""{"facilityId": "FACILITY", "title": "t", "interval": "months", "intervalLength": 1, "leadDays": 3}""", "firstDueOn")]
    [InlineData("""{"facilityId": "FACILITY", "title": "t", "interval": "months", "intervalLength": 1, "firstDueOn": "2026-12-01", "leadDays": 91}""", "leadDays")]
    [InlineData("""{"facilityId": "FACILITY", "title": "", "interval": "months", "intervalLength": 1, "firstDueOn": "2026-12-01", "leadDays": 3}""", "title")]
    [InlineData("""{"facilityId": "0193a000-0000-7000-8000-000000000999", "title": "t", "interval": "months", "intervalLength": 1, "firstDueOn": "2026-12-01", "leadDays": 3}""", "facilityId")]
    public async Task A_bad_plan_is_400_naming_the_field(string json, string field)
    {
        var company = fixture.CompanyA;
        var facility = await company.AddFacilityAsync(company.PropertyIds[0]);

        var problem = await (await company.Head("engineering").PostAsync(
                "/api/engineering/maintenance-plans",
                new StringContent(json.Replace("FACILITY", TestCompany.IdOf(facility).ToString(), StringComparison.Ordinal), System.Text.Encoding.UTF8, "application/json")))
            .ReadAsync(HttpStatusCode.BadRequest);

        Assert.Equal([field], problem.ErrorFields());
    }

    [Fact]
    public async Task Only_the_department_head_and_managers_make_plans()
    {
        var company = fixture.CompanyA;
        var facility = await company.AddFacilityAsync(company.PropertyIds[0]);
        var body = new { facilityId = TestCompany.IdOf(facility), title = "t", interval = "months", intervalLength = 1, firstDueOn = "2026-12-01", leadDays = 3 };

        await (await company.Staff("engineering").PostJsonAsync("/api/engineering/maintenance-plans", body)).ReadAsync(HttpStatusCode.Forbidden);
    }

    internal static async Task<JsonElement> CreatePlanAsync(
        TestCompany company, JsonElement facility, string title, string interval, int length, DateOnly firstDueOn, int leadDays, string? source = null) =>
        await (await company.Head("engineering").PostJsonAsync("/api/engineering/maintenance-plans", new
        {
            facilityId = TestCompany.IdOf(facility),
            title,
            interval,
            intervalLength = length,
            firstDueOn = CompanyTime.Iso(firstDueOn),
            leadDays,
            source,
        })).ReadAsync(HttpStatusCode.Created);

    private async Task RunPlanJobAsync(TestCompany company)
    {
        await using var scope = EngineeringScope.For(fixture.Host, company.Id);
        await scope.RunJobAsync("GeneratePlannedWorkOrders");
    }

    private static async Task<JsonElement> ReadPlanAsync(TestCompany company, JsonElement plan) =>
        await (await company.ReadOnly.GetAsync($"/api/engineering/maintenance-plans/{TestCompany.IdOf(plan)}")).ReadAsync(HttpStatusCode.OK);
}
