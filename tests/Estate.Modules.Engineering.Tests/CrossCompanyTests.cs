using System.Net;
using Estate.Testing;

namespace Estate.Modules.Engineering.Tests;

/// <summary>Company A asks for company B's records through every engineering endpoint: each is answered as missing.</summary>
[Collection(EngineeringHostCollection.Name)]
public sealed class CrossCompanyTests(EngineeringHostFixture fixture)
{
    [Fact]
    public async Task Every_engineering_endpoint_answers_404_to_another_company_and_changes_nothing()
    {
        var (a, b) = (fixture.CompanyA, fixture.CompanyB);
        var workOrderOfB = await b.Staff("engineering").OpenWorkOrderAsync(b.PropertyIds[0], "B's own repair");
        var facilityOfB = await (await b.Head("engineering").PostJsonAsync("/api/engineering/facilities", new
        {
            propertyId = b.PropertyIds[0], name = "B pump", category = "waterSupply", location = "B basement",
        })).ReadAsync(HttpStatusCode.Created);
        var url = $"/api/engineering/work-orders/{TestCompany.IdOf(workOrderOfB)}";
        var version = workOrderOfB.GetProperty("version").GetUInt32();

        await (await a.Head("engineering").GetAsync(url)).ReadAsync(HttpStatusCode.NotFound);
        await (await a.Head("engineering").GetAsync($"/api/engineering/facilities/{TestCompany.IdOf(facilityOfB)}")).ReadAsync(HttpStatusCode.NotFound);
        await (await a.Head("engineering").PostJsonAsync($"{url}/assign", new { assigneeUserId = a.StaffUserId("engineering"), version })).ReadAsync(HttpStatusCode.NotFound);
        foreach (var action in new[] { "start", "close" })
        {
            await (await a.Head("engineering").PostJsonAsync($"{url}/{action}", new { version })).ReadAsync(HttpStatusCode.NotFound);
        }

        await (await a.Head("engineering").PostJsonAsync($"{url}/delay", new { reason = "x", version })).ReadAsync(HttpStatusCode.NotFound);
        await (await a.Head("engineering").PostJsonAsync($"{url}/complete", new { notes = "x", version })).ReadAsync(HttpStatusCode.NotFound);
        await (await a.Head("engineering").PostJsonAsync($"{url}/reopen", new { reason = "x", version })).ReadAsync(HttpStatusCode.NotFound);

        var untouched = await (await b.Staff("engineering").GetAsync(url)).ReadAsync(HttpStatusCode.OK);
        Assert.Equal("new", untouched.GetProperty("status").GetString());
        Assert.Equal(version, untouched.GetProperty("version").GetUInt32());
    }

    [Fact]
    public async Task No_list_of_a_company_ever_contains_a_row_of_another()
    {
        var (a, b) = (fixture.CompanyA, fixture.CompanyB);
        await b.Staff("engineering").OpenWorkOrderAsync(b.PropertyIds[1], "Only B");
        await a.Staff("engineering").OpenWorkOrderAsync(a.PropertyIds[1], "Only A");

        var all = await (await a.ReadOnly.GetAsync("/api/engineering/work-orders?pageSize=100")).ReadAsync(HttpStatusCode.OK);
        var filteredOnB = await (await a.ReadOnly.GetAsync($"/api/engineering/work-orders?propertyId={b.PropertyIds[1]}")).ReadAsync(HttpStatusCode.OK);
        var facilities = await (await a.ReadOnly.GetAsync("/api/engineering/facilities?pageSize=100")).ReadAsync(HttpStatusCode.OK);

        Assert.NotEmpty(all.GetProperty("items").EnumerateArray());
        Assert.All(all.GetProperty("items").EnumerateArray(), w => Assert.Contains(w.GetProperty("propertyId").GetGuid(), a.PropertyIds));
        Assert.Equal(0, filteredOnB.GetProperty("totalCount").GetInt32());
        Assert.All(facilities.GetProperty("items").EnumerateArray(), f => Assert.Contains(f.GetProperty("propertyId").GetGuid(), a.PropertyIds));
    }

    [Fact]
    public async Task A_company_cannot_open_work_orders_in_another_companys_property_or_assign_its_people()
    {
        var (a, b) = (fixture.CompanyA, fixture.CompanyB);
        var inB = await (await a.Staff("engineering").PostJsonAsync("/api/engineering/work-orders", WorkOrderRequests.NewWorkOrder(b.PropertyIds[0]))).ReadAsync(HttpStatusCode.BadRequest);
        var own = await a.Staff("engineering").OpenWorkOrderAsync(a.PropertyIds[0]);
        var assignB = await (await a.Head("engineering").PostJsonAsync($"/api/engineering/work-orders/{TestCompany.IdOf(own)}/assign", new
        {
            assigneeUserId = b.StaffUserId("engineering"), version = own.GetProperty("version").GetUInt32(),
        })).ReadAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["propertyId"], inB.ErrorFields());
        Assert.Equal(["assigneeUserId"], assignB.ErrorFields());
    }
}
