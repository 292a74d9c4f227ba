using System.Net;
using System.Text.Json;
using Estate.Testing;
using static Estate.Modules.CustomerService.Tests.CustomerServiceRequests;

namespace Estate.Modules.CustomerService.Tests;

/// <summary>Company A asks for company B's records through every customer-service endpoint: each is answered as missing, and nothing changes.</summary>
[Collection(CustomerServiceHostCollection.Name)]
public sealed class CrossCompanyTests(CustomerServiceHostFixture fixture)
{
    [Fact]
    public async Task Every_endpoint_answers_404_to_another_company_and_changes_nothing()
    {
        var (a, b) = (fixture.CompanyA.Head("customer-service"), fixture.CompanyB.Head("customer-service"));
        var building = await b.CreateBuildingAsync(fixture.CompanyB.PropertyIds[0]);
        var unit = await b.CreateUnitAsync(TestCompany.IdOf(building));
        var owner = await b.CreateOwnerAsync(TestCompany.IdOf(unit));
        var complaint = await b.OpenComplaintAsync(fixture.CompanyB.PropertyIds[0], unitId: TestCompany.IdOf(unit));
        var survey = await (await b.PostJsonAsync($"{Api}/surveys", new { propertyId = fixture.CompanyB.PropertyIds[0], title = "B", periodStart = "2026-01-01", periodEnd = "2026-03-31" }))
            .ReadAsync(HttpStatusCode.Created);
        var notice = await (await b.PostJsonAsync($"{Api}/notices", new { propertyId = fixture.CompanyB.PropertyIds[0], kind = "general", title = "B", body = "B" }))
            .ReadAsync(HttpStatusCode.Created);
        var c = $"{Api}/complaints/{TestCompany.IdOf(complaint)}";
        var complaintVersion = complaint.GetProperty("version").GetUInt32();

        var reads = new[]
        {
            $"{Api}/buildings/{TestCompany.IdOf(building)}", $"{Api}/units/{TestCompany.IdOf(unit)}", $"{Api}/owners/{TestCompany.IdOf(owner)}", c,
            $"{Api}/surveys/{TestCompany.IdOf(survey)}", $"{Api}/notices/{TestCompany.IdOf(notice)}", $"{Api}/notices/{TestCompany.IdOf(notice)}/recipients",
        };
        foreach (var url in reads)
        {
            await a.GetJsonAsync(url, HttpStatusCode.NotFound);
        }

        await (await a.PutJsonAsync($"{Api}/buildings/{TestCompany.IdOf(building)}", new { name = "A's", version = building.GetProperty("version").GetUInt32() })).ReadAsync(HttpStatusCode.NotFound);
        await (await a.PutJsonAsync($"{Api}/units/{TestCompany.IdOf(unit)}", new { number = "A", floorArea = 1, version = unit.GetProperty("version").GetUInt32() })).ReadAsync(HttpStatusCode.NotFound);
        await (await a.DeleteAsync($"{Api}/units/{TestCompany.IdOf(unit)}?version={unit.GetProperty("version").GetUInt32()}")).ReadAsync(HttpStatusCode.NotFound);
        await (await a.PutJsonAsync($"{Api}/owners/{TestCompany.IdOf(owner)}", new { unitId = TestCompany.IdOf(unit), name = "A", kind = "owner", version = owner.GetProperty("version").GetUInt32() }))
            .ReadAsync(HttpStatusCode.NotFound);
        await (await a.PutJsonAsync(c, new { title = "A", category = "other", responsibleDepartment = "customer-service", version = complaintVersion })).ReadAsync(HttpStatusCode.NotFound);
        foreach (var (action, body) in new (string, object)[]
                 {
                     ("respond", new { note = "A", version = complaintVersion }), ("resolve", new { note = "A", version = complaintVersion }),
                     ("close", new { version = complaintVersion }), ("reopen", new { reason = "A", version = complaintVersion }),
                     ("follow-up", new { satisfaction = "satisfied", version = complaintVersion }), ("work-order", new { version = complaintVersion }),
                 })
        {
            await (await a.PostJsonAsync($"{c}/{action}", body)).ReadAsync(HttpStatusCode.NotFound);
        }

        await (await a.PostJsonAsync($"{Api}/surveys/{TestCompany.IdOf(survey)}/responses", new { responses = new[] { new { unitId = TestCompany.IdOf(unit), score = 5 } } }))
            .ReadAsync(HttpStatusCode.NotFound);
        await (await a.PostJsonAsync($"{Api}/notices/{TestCompany.IdOf(notice)}/send", new { version = notice.GetProperty("version").GetUInt32() })).ReadAsync(HttpStatusCode.NotFound);

        var untouched = await b.GetJsonAsync(c);
        Assert.Equal("open", untouched.GetProperty("status").GetString());
        Assert.Equal(complaintVersion, untouched.GetProperty("version").GetUInt32());
        Assert.Equal(JsonValueKind.Null, untouched.GetProperty("workOrder").ValueKind);
        Assert.Equal(unit.GetProperty("version").GetUInt32(), (await b.GetJsonAsync($"{Api}/units/{TestCompany.IdOf(unit)}")).GetProperty("version").GetUInt32());
        Assert.Equal("draft", (await b.GetJsonAsync($"{Api}/notices/{TestCompany.IdOf(notice)}")).GetProperty("status").GetString());
        Assert.Equal(0, (await b.GetJsonAsync($"{Api}/surveys/{TestCompany.IdOf(survey)}")).GetProperty("responses").GetInt32());
    }

    [Fact]
    public async Task No_list_or_export_of_a_company_ever_contains_a_row_of_another()
    {
        var (a, b) = (fixture.CompanyA.Head("customer-service"), fixture.CompanyB.Head("customer-service"));
        var (unitOfB, _) = await b.CreateHomeAsync(fixture.CompanyB.PropertyIds[1]);
        await b.OpenComplaintAsync(fixture.CompanyB.PropertyIds[1]);
        await a.CreateHomeAsync(fixture.CompanyA.PropertyIds[1]);

        foreach (var list in new[] { "buildings", "units", "owners", "complaints", "surveys", "notices" })
        {
            var all = await a.GetJsonAsync($"{Api}/{list}?pageSize=100");
            var filteredOnB = await a.GetJsonAsync($"{Api}/{list}?propertyId={fixture.CompanyB.PropertyIds[1]}");
            Assert.All(all.GetProperty("items").EnumerateArray(), row => Assert.Contains(row.GetProperty("propertyId").GetGuid(), fixture.CompanyA.PropertyIds));
            Assert.Equal(0, filteredOnB.GetProperty("totalCount").GetInt32());
        }

        foreach (var kind in new[] { "buildings", "units", "owners" })
        {
            Assert.DoesNotContain(fixture.CompanyB.PropertyIds[1].ToString(), await a.ExportAsync(kind), StringComparison.Ordinal);
            Assert.DoesNotContain(unitOfB.GetProperty("buildingName").GetString()!, await a.ExportAsync(kind), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_import_cannot_reach_another_companys_property()
    {
        var problem = await (await fixture.CompanyA.Head("customer-service").ImportAsync("units", $"property,building,unit,area\n{fixture.CompanyB.PropertyIds[0]},1栋,1-101,80\n"))
            .ReadAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["line 2: property"], problem.ErrorFields());
    }
}
