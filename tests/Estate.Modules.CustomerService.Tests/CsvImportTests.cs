using System.Net;
using System.Text;
using Estate.Testing;
using static Estate.Modules.CustomerService.Tests.CustomerServiceRequests;

namespace Estate.Modules.CustomerService.Tests;

/// <summary>CSV import and export of buildings, units and owners: all rows or none, every bad row named, exports import back.</summary>
[Collection(CustomerServiceHostCollection.Name)]
public sealed class CsvImportTests(CustomerServiceHostFixture fixture)
{
    [Fact]
    public async Task A_file_with_bad_rows_is_refused_naming_every_bad_line_and_field_and_nothing_is_stored()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        var csv = """
            property,building,unit,entrance,floor,area
            North Garden,1栋,1-101,1单元,1,89.5
            North Garden,1栋,1-102,1单元,1,abc
            Nowhere Park,1栋,1-103,1单元,1,80
            North Garden,1栋,,1单元,1,80
            North Garden,1栋,1-101,1单元,1,89.5
            North Garden,2栋,2-101,2单元,one,-5
            South Court,1栋,1-101,1单元,2,120.25
            """;

        var problem = await (await company.Head("customer-service").ImportAsync("units", csv)).ReadAsync(HttpStatusCode.BadRequest);

        Assert.Equal("csv_invalid", problem.GetProperty("code").GetString());
        Assert.Equal(
            ["line 3: area", "line 4: property", "line 5: unit", "line 6: unit", "line 7: area", "line 7: floor"],
            problem.ErrorFields().Order(StringComparer.Ordinal));
        Assert.Contains("第 2 行", problem.GetProperty("errors").GetProperty("line 6: unit")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(0L, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM customer_service.units WHERE organization_id = $1", company.Id));
        Assert.Equal(0L, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM customer_service.buildings WHERE organization_id = $1", company.Id));
    }

    [Fact]
    public async Task Missing_columns_and_a_body_that_is_not_csv_are_refused()
    {
        var head = fixture.CompanyA.Head("customer-service");

        var missing = await (await head.ImportAsync("units", "property,building,number\nNorth Garden,1栋,1-101\n")).ReadAsync(HttpStatusCode.BadRequest);
        var json = await head.PostAsync($"{Api}/imports/units", new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(["line 1: area", "line 1: number", "line 1: unit"], missing.ErrorFields().Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);
    }

    [Fact]
    public async Task Imported_units_and_owners_export_back_in_the_same_format()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        var head = company.Head("customer-service");
        var buildings = "property,building,floors\r\nNorth Garden,1栋,18\r\nNorth Garden,2栋,\r\nSouth Court,A座,32\r\n";
        var units = """
            property,building,unit,entrance,floor,area
            North Garden,1栋,1-1501,1单元,15,89.52
            North Garden,1栋,1-1502,1单元,15,118.36
            North Garden,2栋,2-0301,,3,76.25
            South Court,A座,"A-2801, 东",,28,143.8
            """.ReplaceLineEndings("\r\n") + "\r\n";
        var owners = """
            property,building,unit,name,phone,kind,moveInDate
            North Garden,1栋,1-1501,李娜,139 0000 1111,tenant,
            North Garden,1栋,1-1501,王建国,13800138000,owner,2019-05-01
            South Court,A座,"A-2801, 东",赵丽,,owner,2021-12-31
            """.ReplaceLineEndings("\r\n") + "\r\n";

        var importedBuildings = await (await head.ImportAsync("buildings", buildings)).ReadAsync(HttpStatusCode.OK);
        var importedUnits = await (await head.ImportAsync("units", units)).ReadAsync(HttpStatusCode.OK);
        var importedOwners = await (await head.ImportAsync("owners", owners)).ReadAsync(HttpStatusCode.OK);

        Assert.Equal(3, importedBuildings.GetProperty("created").GetInt32());
        Assert.Equal(4, importedUnits.GetProperty("created").GetInt32());
        Assert.Equal(0, importedUnits.GetProperty("buildingsCreated").GetInt32());
        Assert.Equal(3, importedOwners.GetProperty("created").GetInt32());
        Assert.Equal(buildings, WithoutBom(await head.ExportAsync("buildings")));
        Assert.Equal(units, WithoutBom(await head.ExportAsync("units")));
        Assert.Equal(owners, WithoutBom(await head.ExportAsync("owners")));
        Assert.Equal(3, WithoutBom(await head.ExportAsync("units", company.PropertyIds[0])).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length - 1);
    }

    [Fact]
    public async Task Re_importing_units_updates_them_instead_of_adding_duplicates()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        var head = company.Head("customer-service");
        await (await head.ImportAsync("units", "property,building,unit,area\nNorth Garden,5栋,5-101,80\nNorth Garden,5栋,5-102,81\n")).ReadAsync(HttpStatusCode.OK);

        var again = await (await head.ImportAsync("units", "area,unit,building,property\n82.5,5-101,5栋,North Garden\n81,5-102,5栋,North Garden\n88,5-103,5栋,North Garden\n"))
            .ReadAsync(HttpStatusCode.OK);
        var listed = await head.GetJsonAsync($"{Api}/units?propertyId={company.PropertyIds[0]}");

        Assert.Equal(1, again.GetProperty("created").GetInt32());
        Assert.Equal(1, again.GetProperty("updated").GetInt32());
        Assert.Equal(1, again.GetProperty("unchanged").GetInt32());
        Assert.Equal(3, listed.GetProperty("totalCount").GetInt32());
        Assert.Equal(
            [("5-101", 82.5m), ("5-102", 81m), ("5-103", 88m)],
            listed.GetProperty("items").EnumerateArray().Select(u => (u.GetProperty("number").GetString(), u.GetProperty("floorArea").GetDecimal())));
        Assert.Equal(1L, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM customer_service.buildings WHERE organization_id = $1", company.Id));
    }

    [Fact]
    public async Task Imported_units_are_published_to_other_departments_once_per_change()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        var head = company.Head("customer-service");
        const string csv = "property,building,unit,area\nSouth Court,7栋,7-101,70\n";
        const string published = "SELECT count(*) FROM customer_service.outbox_messages WHERE organization_id = $1 AND type LIKE '%UnitChanged%'";

        await (await head.ImportAsync("units", csv)).ReadAsync(HttpStatusCode.OK);
        await (await head.ImportAsync("units", csv)).ReadAsync(HttpStatusCode.OK);

        Assert.Equal(1L, await fixture.Database.ScalarAsync<long>(published, company.Id));
    }

    [Fact]
    public async Task Owners_of_units_not_yet_imported_are_reported_by_line()
    {
        var head = fixture.CompanyA.Head("customer-service");

        var problem = await (await head.ImportAsync("owners", "property,building,unit,name,kind,moveInDate\nNorth Garden,99栋,99-1,王伟,owner,2020-01-01\nNorth Garden,99栋,99-2,李芳,landlord,01/02/2020\n"))
            .ReadAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["line 2: unit", "line 3: kind", "line 3: moveInDate"], problem.ErrorFields().Order(StringComparer.Ordinal));
    }

    private static string WithoutBom(string text) => text.TrimStart('\uFEFF');
}
