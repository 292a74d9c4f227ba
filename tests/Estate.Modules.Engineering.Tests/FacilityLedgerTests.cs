using System.Net;
using System.Text.Json;
using Estate.Testing;

namespace Estate.Modules.Engineering.Tests;

[Collection(EngineeringHostCollection.Name)]
public sealed class FacilityLedgerTests(EngineeringHostFixture fixture)
{
    private TestCompany Company => fixture.CompanyA;

    [Fact]
    public async Task The_ledger_keeps_category_location_install_date_service_life_in_months_warranty_and_importance()
    {
        var facility = await Company.AddFacilityAsync(
            Company.PropertyIds[0], "生活水泵房1号水泵", "waterSupply", new DateOnly(2015, 3, 10), 138, new DateOnly(2018, 3, 10), "high");

        var read = await (await Company.ReadOnly.GetAsync($"/api/engineering/facilities/{TestCompany.IdOf(facility)}")).ReadAsync(HttpStatusCode.OK);

        Assert.Equal("waterSupply", read.GetProperty("category").GetString());
        Assert.Equal("1号楼", read.GetProperty("location").GetString());
        Assert.Equal("2015-03-10", read.GetProperty("installedOn").GetString());
        Assert.Equal(138, read.GetProperty("expectedServiceLifeMonths").GetInt32());
        Assert.Equal("2026-09-10", read.GetProperty("serviceLifeEndsOn").GetString());
        Assert.Equal("2018-03-10", read.GetProperty("warrantyEndsOn").GetString());
        Assert.Equal("high", read.GetProperty("importance").GetString());
    }

    [Fact]
    public async Task The_head_corrects_a_facility_with_the_version_read_and_a_stale_version_is_409()
    {
        var facility = await Company.AddFacilityAsync(Company.PropertyIds[0], installedOn: new DateOnly(2012, 5, 1), serviceLifeMonths: 180);
        var url = $"/api/engineering/facilities/{TestCompany.IdOf(facility)}";
        var correction = new
        {
            name = "1号楼1号电梯（迅达）",
            code = "EL-01",
            category = "elevator",
            location = "1号楼东侧",
            installedOn = "2012-05-01",
            expectedServiceLifeMonths = 200,
            warrantyEndsOn = "2014-05-01",
            importance = "critical",
        };

        var updated = await (await Company.Head("engineering").PutJsonAsync(url, facility.With(correction))).ReadAsync(HttpStatusCode.OK);
        var stale = await (await Company.Head("engineering").PutJsonAsync(url, facility.With(correction)))
            .ReadAsync(HttpStatusCode.Conflict);

        Assert.Equal("1号楼1号电梯（迅达）", updated.GetProperty("name").GetString());
        Assert.Equal("2029-01-01", updated.GetProperty("serviceLifeEndsOn").GetString());
        Assert.NotEqual(JsonValueKind.Null, updated.GetProperty("updatedAt").ValueKind);
        Assert.Equal("stale", stale.GetProperty("code").GetString());
        var stored = await (await Company.ReadOnly.GetAsync(url)).ReadAsync(HttpStatusCode.OK);
        Assert.Equal(updated.GetProperty("version").GetUInt32(), stored.GetProperty("version").GetUInt32());
    }

    [Fact]
    public async Task Staff_record_maintenance_and_the_history_lists_it_latest_first()
    {
        var facility = await Company.AddFacilityAsync(Company.PropertyIds[1]);
        var url = $"/api/engineering/facilities/{TestCompany.IdOf(facility)}/maintenance-records";
        var today = CompanyTime.Today;

        await (await Company.Staff("engineering").PostJsonAsync(url, new
        {
            performedOn = CompanyTime.Iso(today.AddDays(-40)), work = "半月维保：门机、制动器检查", performedBy = "迅达电梯维保 周师傅", cost = 600,
        })).ReadAsync(HttpStatusCode.Created);
        var latest = await (await Company.Staff("engineering").PostJsonAsync(url, new
        {
            performedOn = CompanyTime.Iso(today), work = "更换门机板", performedBy = "刘师傅", cost = 1280.50m,
        })).ReadAsync(HttpStatusCode.Created);
        var history = await (await Company.ReadOnly.GetAsync(url)).ReadAsync(HttpStatusCode.OK);

        Assert.Equal(2, history.GetProperty("totalCount").GetInt32());
        var items = history.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(TestCompany.IdOf(latest), TestCompany.IdOf(items[0]));
        Assert.Equal("更换门机板", items[0].GetProperty("work").GetString());
        Assert.Equal("刘师傅", items[0].GetProperty("performedBy").GetString());
        Assert.Equal(1280.50m, items[0].GetProperty("cost").GetDecimal());
        Assert.Equal(Company.StaffUserId("engineering"), items[0].GetProperty("recordedByUserId").GetGuid());
        Assert.Equal(600m, items[1].GetProperty("cost").GetDecimal());
    }

    [Theory]
    [InlineData("""{"work": "x", "performedBy": "y", "cost": 1}""", "performedOn")]
    [InlineData("""{"performedOn": "2026-01-01", "performedBy": "y", "cost": 1}""", "work")]
    [InlineData("""{"performedOn": "2026-01-01", "work": "x", "cost": 1}""", "performedBy")]
    [InlineData("""{"performedOn": "2026-01-01", "work": "x", "performedBy": "y"}""", "cost")]
    [InlineData("""{"performedOn": "2026-01-01", "work": "x", "performedBy": "y", "cost": -5}""", "cost")]
    [InlineData("""{"performedOn": "2026-01-01", "work": "x", "performedBy": "y", "cost": 1.234}""", "cost")]
    [InlineData("""{"performedOn": "2099-01-01", "work": "x", "performedBy": "y", "cost": 1}""", "performedOn")]
    [InlineData("""{"performedOn": "yesterday", "work": "x", "performedBy": "y", "cost": 1}""", "performedOn")]
    public async Task A_bad_maintenance_record_is_400_naming_the_field(string json, string field)
    {
        var facility = await Company.AddFacilityAsync(Company.PropertyIds[0]);

        var problem = await (await Company.Staff("engineering").PostAsync(
                $"/api/engineering/facilities/{TestCompany.IdOf(facility)}/maintenance-records", new StringContent(json, System.Text.Encoding.UTF8, "application/json")))
            .ReadAsync(HttpStatusCode.BadRequest);

        Assert.Equal([field], problem.ErrorFields());
    }

    [Fact]
    public async Task A_maintenance_record_may_point_to_the_work_order_it_came_from_but_only_one_of_the_facilitys_property()
    {
        var facility = await Company.AddFacilityAsync(Company.PropertyIds[0]);
        var url = $"/api/engineering/facilities/{TestCompany.IdOf(facility)}/maintenance-records";
        var here = await Company.CompletedWorkOrderAsync(Company.PropertyIds[0]);
        var elsewhere = await Company.Staff("engineering").OpenWorkOrderAsync(Company.PropertyIds[1]);

        var linked = await (await Company.Staff("engineering").PostJsonAsync(url, new
        {
            performedOn = CompanyTime.Iso(CompanyTime.Today), work = "更换门机皮带", performedBy = "刘师傅", cost = 260, workOrderId = TestCompany.IdOf(here),
        })).ReadAsync(HttpStatusCode.Created);
        var refused = await (await Company.Staff("engineering").PostJsonAsync(url, new
        {
            performedOn = CompanyTime.Iso(CompanyTime.Today), work = "x", performedBy = "y", cost = 1, workOrderId = TestCompany.IdOf(elsewhere),
        })).ReadAsync(HttpStatusCode.BadRequest);

        Assert.Equal(TestCompany.IdOf(here), linked.GetProperty("workOrderId").GetGuid());
        Assert.Equal(["workOrderId"], refused.ErrorFields());
    }

    [Fact]
    public async Task Maintenance_of_a_missing_facility_is_404()
    {
        var url = $"/api/engineering/facilities/{Guid.NewGuid()}/maintenance-records";

        await (await Company.Staff("engineering").GetAsync(url)).ReadAsync(HttpStatusCode.NotFound);
        await (await Company.Staff("engineering").PostJsonAsync(url, new { performedOn = "2026-01-01", work = "x", performedBy = "y", cost = 1 }))
            .ReadAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_aging_list_shows_equipment_past_or_near_its_service_life_and_warranties_ending_each_with_its_reason()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        var (north, today) = (company.PropertyIds[0], CompanyTime.Today);
        var past = await company.AddFacilityAsync(north, "主干道路灯", "lighting", today.AddYears(-16), 180);
        var endsIn3Months = await company.AddFacilityAsync(north, "3号楼电梯", "elevator", today.AddMonths(-177), 180);
        var warrantyIn1Month = await company.AddFacilityAsync(north, "2号水泵", "waterSupply", today.AddYears(-2), 144, today.AddMonths(1));
        await company.AddFacilityAsync(north, "新道闸", "accessGates", today.AddYears(-1), 96, today.AddDays(-1));
        await company.AddFacilityAsync(north, "未登记寿命的配电柜", "power");

        var sixMonths = await (await company.ReadOnly.GetAsync("/api/engineering/facilities/aging")).ReadAsync(HttpStatusCode.OK);
        var twoMonths = await (await company.ReadOnly.GetAsync("/api/engineering/facilities/aging?withinMonths=2")).ReadAsync(HttpStatusCode.OK);

        Assert.Equal(
            [
                (TestCompany.IdOf(past), "pastServiceLife"),
                (TestCompany.IdOf(endsIn3Months), "serviceLifeEndingSoon"),
                (TestCompany.IdOf(warrantyIn1Month), "warrantyEndingSoon"),
            ],
            sixMonths.GetProperty("items").EnumerateArray().Select(f => (TestCompany.IdOf(f), string.Join(",", Reasons(f)))));
        Assert.Equal(
            [TestCompany.IdOf(past), TestCompany.IdOf(warrantyIn1Month)],
            twoMonths.GetProperty("items").EnumerateArray().Select(TestCompany.IdOf));
    }

    [Theory]
    [InlineData("/api/engineering/facilities/aging?withinMonths=-1", "withinMonths")]
    [InlineData("/api/engineering/facilities/aging?withinMonths=61", "withinMonths")]
    [InlineData("/api/engineering/facilities/aging?withinMonths=six", "withinMonths")]
    [InlineData("/api/engineering/facilities/aging?category=boiler", "category")]
    [InlineData("/api/engineering/facilities?importance=vital", "importance")]
    public async Task Bad_ledger_queries_are_400_naming_the_parameter(string url, string field)
    {
        var problem = await (await Company.ReadOnly.GetAsync(url)).ReadAsync(HttpStatusCode.BadRequest);

        Assert.Equal([field], problem.ErrorFields());
    }

    [Fact]
    public async Task A_bad_facility_is_400_naming_each_field()
    {
        var problem = await (await Company.Head("engineering").PostJsonAsync("/api/engineering/facilities", new
        {
            name = "", category = "boilerRoom", location = "B1",
        })).ReadAsync(HttpStatusCode.BadRequest);
        var missing = await (await Company.Head("engineering").PostJsonAsync("/api/engineering/facilities", new
        {
            name = "", expectedServiceLifeMonths = 0,
        })).ReadAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["category"], problem.ErrorFields());
        Assert.Equal(["category", "expectedServiceLifeMonths", "location", "name", "propertyId"], missing.ErrorFields().Order(StringComparer.Ordinal));
    }

    private static IEnumerable<string> Reasons(JsonElement facility) => facility.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!);
}
