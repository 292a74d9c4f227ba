using System.Net;
using Estate.Testing;
using static Estate.Modules.CustomerService.Tests.CustomerServiceRequests;

namespace Estate.Modules.CustomerService.Tests;

/// <summary>Buildings, units and owners kept by hand: created, read, corrected with the version read.</summary>
[Collection(CustomerServiceHostCollection.Name)]
public sealed class PropertyRecordsTests(CustomerServiceHostFixture fixture)
{
    private HttpClient Staff => fixture.CompanyA.Staff("customer-service");

    [Fact]
    public async Task A_unit_and_its_owner_are_recorded_and_shown_with_their_building()
    {
        var building = await Staff.CreateBuildingAsync(fixture.CompanyA.PropertyIds[0], "3栋");
        var unit = await Staff.CreateUnitAsync(TestCompany.IdOf(building), "2-1502", 118.36m);
        var owner = await Staff.CreateOwnerAsync(TestCompany.IdOf(unit), "李秀英");

        var read = await fixture.CompanyA.ReadOnly.GetJsonAsync($"{Api}/units/{TestCompany.IdOf(unit)}");
        var owners = await fixture.CompanyA.ReadOnly.GetJsonAsync($"{Api}/owners?unitId={TestCompany.IdOf(unit)}");

        Assert.Equal("3栋", read.GetProperty("buildingName").GetString());
        Assert.Equal(118.36m, read.GetProperty("floorArea").GetDecimal());
        Assert.Equal(fixture.CompanyA.PropertyIds[0], read.GetProperty("propertyId").GetGuid());
        var listed = Assert.Single(owners.GetProperty("items").EnumerateArray());
        Assert.Equal(TestCompany.IdOf(owner), TestCompany.IdOf(listed));
        Assert.Equal("2-1502", listed.GetProperty("unitNumber").GetString());
        Assert.Equal("owner", listed.GetProperty("kind").GetString());
        Assert.Equal("2019-05-01", listed.GetProperty("moveInDate").GetString());
    }

    [Fact]
    public async Task A_unit_is_re_measured_with_the_version_read_and_a_stale_version_is_409()
    {
        var (unit, _) = await Staff.CreateHomeAsync(fixture.CompanyA.PropertyIds[0]);
        var url = $"{Api}/units/{TestCompany.IdOf(unit)}";
        var version = unit.GetProperty("version").GetUInt32();

        var changed = await (await Staff.PutJsonAsync(url, new { number = "1-1502", floorArea = 90.12m, version })).ReadAsync(HttpStatusCode.OK);
        var stale = await (await Staff.PutJsonAsync(url, new { number = "1-1502", floorArea = 91m, version })).ReadAsync(HttpStatusCode.Conflict);

        Assert.Equal(90.12m, changed.GetProperty("floorArea").GetDecimal());
        Assert.NotEqual(version, changed.GetProperty("version").GetUInt32());
        Assert.Equal("stale", stale.GetProperty("code").GetString());
        Assert.Equal(90.12m, (await Staff.GetJsonAsync(url)).GetProperty("floorArea").GetDecimal());
    }

    [Fact]
    public async Task A_building_is_renamed_and_an_owner_moves_within_the_property()
    {
        var building = await Staff.CreateBuildingAsync(fixture.CompanyA.PropertyIds[1]);
        var first = await Staff.CreateUnitAsync(TestCompany.IdOf(building), "1-101");
        var second = await Staff.CreateUnitAsync(TestCompany.IdOf(building), "1-102");
        var owner = await Staff.CreateOwnerAsync(TestCompany.IdOf(first), "周杰");
        var newName = $"R{Guid.NewGuid():N}"[..10];

        await (await Staff.PutJsonAsync($"{Api}/buildings/{TestCompany.IdOf(building)}", new { name = newName, floors = 20, version = building.GetProperty("version").GetUInt32() }))
            .ReadAsync(HttpStatusCode.OK);
        var moved = await (await Staff.PutJsonAsync($"{Api}/owners/{TestCompany.IdOf(owner)}", new
        {
            unitId = TestCompany.IdOf(second), name = "周杰", phone = "13912345678", kind = "tenant", version = owner.GetProperty("version").GetUInt32(),
        })).ReadAsync(HttpStatusCode.OK);

        Assert.Equal(newName, moved.GetProperty("buildingName").GetString());
        Assert.Equal("1-102", moved.GetProperty("unitNumber").GetString());
        Assert.Equal("tenant", moved.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Duplicate_numbers_and_names_are_refused_with_409()
    {
        var building = await Staff.CreateBuildingAsync(fixture.CompanyA.PropertyIds[0]);
        var unit = await Staff.CreateUnitAsync(TestCompany.IdOf(building), "1-101");
        await Staff.CreateOwnerAsync(TestCompany.IdOf(unit), "陈静");

        var unitAgain = await (await Staff.PostJsonAsync($"{Api}/units", new { buildingId = TestCompany.IdOf(building), number = "1-101", floorArea = 80 })).ReadAsync(HttpStatusCode.Conflict);
        var ownerAgain = await (await Staff.PostJsonAsync($"{Api}/owners", new { unitId = TestCompany.IdOf(unit), name = "陈静", kind = "owner" })).ReadAsync(HttpStatusCode.Conflict);
        var buildingAgain = await (await Staff.PostJsonAsync($"{Api}/buildings", new { propertyId = fixture.CompanyA.PropertyIds[0], name = building.GetProperty("name").GetString() }))
            .ReadAsync(HttpStatusCode.Conflict);

        Assert.Equal("unit.duplicate", unitAgain.GetProperty("code").GetString());
        Assert.Equal("owner.duplicate", ownerAgain.GetProperty("code").GetString());
        Assert.Equal("building.duplicate", buildingAgain.GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_unit_entered_by_mistake_is_removed_but_one_with_residents_stays()
    {
        var building = await Staff.CreateBuildingAsync(fixture.CompanyA.PropertyIds[0]);
        var mistake = await Staff.CreateUnitAsync(TestCompany.IdOf(building), "9-999");
        var (lived, _) = await Staff.CreateHomeAsync(fixture.CompanyA.PropertyIds[0]);

        var removed = await Staff.DeleteAsync($"{Api}/units/{TestCompany.IdOf(mistake)}?version={mistake.GetProperty("version").GetUInt32()}");
        var refused = await (await Staff.DeleteAsync($"{Api}/units/{TestCompany.IdOf(lived)}?version={lived.GetProperty("version").GetUInt32()}")).ReadAsync(HttpStatusCode.Conflict);

        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        await Staff.GetJsonAsync($"{Api}/units/{TestCompany.IdOf(mistake)}", HttpStatusCode.NotFound);
        Assert.Equal("unit.in_use", refused.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Bad_input_is_400_naming_each_field()
    {
        var building = await Staff.CreateBuildingAsync(fixture.CompanyA.PropertyIds[0]);

        var unit = await (await Staff.PostJsonAsync($"{Api}/units", new { buildingId = TestCompany.IdOf(building), floorArea = 12.345, floor = 900 })).ReadAsync(HttpStatusCode.BadRequest);
        var owner = await (await Staff.PostJsonAsync($"{Api}/owners", new { phone = "call me", kind = "landlord" })).ReadAsync(HttpStatusCode.BadRequest);
        var ownerFields = await (await Staff.PostJsonAsync($"{Api}/owners", new { phone = "call me" })).ReadAsync(HttpStatusCode.BadRequest);
        var inOtherCompany = await (await Staff.PostJsonAsync($"{Api}/buildings", new { propertyId = fixture.CompanyB.PropertyIds[0], name = "X" })).ReadAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["floor", "floorArea", "number"], unit.ErrorFields().Order(StringComparer.Ordinal));
        Assert.Equal(["kind"], owner.ErrorFields());
        Assert.Equal(["kind", "name", "phone", "unitId"], ownerFields.ErrorFields().Order(StringComparer.Ordinal));
        Assert.Equal(["propertyId"], inOtherCompany.ErrorFields());
    }

    [Fact]
    public async Task Only_customer_service_keeps_owner_records_and_only_its_head_imports()
    {
        var building = await Staff.CreateBuildingAsync(fixture.CompanyA.PropertyIds[0]);

        var byEngineer = await fixture.CompanyA.Staff("engineering").PostJsonAsync($"{Api}/units", new { buildingId = TestCompany.IdOf(building), number = "1", floorArea = 50 });
        var importByStaff = await Staff.ImportAsync("units", "property,building,unit,area\nNorth Garden,1栋,1-101,80\n");
        var readByViewer = await fixture.CompanyA.ReadOnly.GetAsync($"{Api}/buildings/{TestCompany.IdOf(building)}");

        Assert.Equal(HttpStatusCode.Forbidden, byEngineer.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, importByStaff.StatusCode);
        Assert.Equal(HttpStatusCode.OK, readByViewer.StatusCode);
    }
}
