using System.Net;
using System.Text.Json;
using Estate.Modules.CustomerService.Contracts;
using Estate.SharedKernel.Modules;
using Estate.SharedKernel.Results;
using Estate.Testing;
using static Estate.Modules.CustomerService.Tests.CustomerServiceRequests;

namespace Estate.Modules.CustomerService.Tests;

/// <summary>Other departments read units, owners and complaint counts through customer service's contracts, as a module would.</summary>
[Collection(CustomerServiceHostCollection.Name)]
public sealed class ContractTests(CustomerServiceHostFixture fixture)
{
    [Fact]
    public async Task A_unit_is_found_with_its_owner_for_its_own_company_only()
    {
        var (unit, owner) = await fixture.CompanyA.Staff("customer-service").CreateHomeAsync(fixture.CompanyA.PropertyIds[0]);
        await fixture.CompanyA.Staff("customer-service").CreateOwnerAsync(TestCompany.IdOf(unit), "租客小李", "tenant");

        var found = await fixture.SendAsync(fixture.CompanyA.Id, new FindUnit(TestCompany.IdOf(unit)));
        var fromB = await fixture.SendAsync(fixture.CompanyB.Id, new FindUnit(TestCompany.IdOf(unit)));
        var ownerFromA = await fixture.SendAsync(fixture.CompanyA.Id, new FindOwner(TestCompany.IdOf(owner)));
        var ownerFromB = await fixture.SendAsync(fixture.CompanyB.Id, new FindOwner(TestCompany.IdOf(owner)));

        Assert.Equal(TestCompany.IdOf(owner), found.Value.OwnerId);
        Assert.Equal("王建国", found.Value.OwnerName);
        Assert.Equal(89.5m, found.Value.FloorArea);
        Assert.Equal(unit.GetProperty("buildingName").GetString(), found.Value.BuildingName);
        Assert.Equal(ErrorKind.NotFound, fromB.Error!.Kind);
        Assert.Equal([TestCompany.IdOf(unit)], ownerFromA.Value.UnitIds);
        Assert.True(ownerFromA.Value.IsOwner);
        Assert.Equal(ErrorKind.NotFound, ownerFromB.Error!.Kind);
    }

    [Fact]
    public async Task Units_are_listed_a_page_at_a_time_after_the_last_unit_id_and_never_across_companies()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        var rows = string.Join('\n', Enumerable.Range(1, 25).Select(i => $"North Garden,1栋,1-{i:000},{60 + i}"));
        await (await company.Head("customer-service").ImportAsync("units", $"property,building,unit,area\n{rows}\nSouth Court,2栋,2-001,99\n")).ReadAsync(HttpStatusCode.OK);
        await fixture.CompanyB.Staff("customer-service").CreateHomeAsync(fixture.CompanyB.PropertyIds[0]);

        var pages = new List<IReadOnlyList<UnitInfo>>();
        Guid? after = null;
        do
        {
            pages.Add((await fixture.SendAsync(company.Id, new ListUnits(company.PropertyIds[0], after, 10))).Value);
            after = pages[^1].Count > 0 ? pages[^1][^1].UnitId : null;
        }
        while (pages[^1].Count == 10);
        var all = (await fixture.SendAsync(company.Id, new ListUnits(null, null, 10_000))).Value;

        Assert.Equal([10, 10, 5], pages.Select(p => p.Count));
        var paged = pages.SelectMany(p => p).ToList();
        Assert.Equal(25, paged.Select(u => u.UnitId).Distinct().Count());
        Assert.All(paged, u => Assert.Equal(company.PropertyIds[0], u.PropertyId));
        Assert.Equal(26, all.Count);
        Assert.Equal(paged.Select(u => u.UnitId), all.Where(u => u.PropertyId == company.PropertyIds[0]).Select(u => u.UnitId));
        await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => fixture.SendAsync(company.Id, new ListUnits(null, null, 10_001)));
    }

    [Fact]
    public async Task Complaints_are_counted_per_property_and_category_for_the_asking_company()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        var staff = company.Staff("customer-service");
        await staff.OpenComplaintAsync(company.PropertyIds[0], "cleaning");
        await staff.OpenComplaintAsync(company.PropertyIds[0], "cleaning");
        await staff.OpenComplaintAsync(company.PropertyIds[1], "cleaning");
        await staff.OpenComplaintAsync(company.PropertyIds[1], "noise");
        await fixture.CompanyB.Staff("customer-service").OpenComplaintAsync(fixture.CompanyB.PropertyIds[0], "cleaning");
        var (from, to) = (DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddHours(1));

        var cleaning = await fixture.SendAsync(company.Id, new CountComplaints(from, to, ComplaintCategory.Cleaning));
        var all = await fixture.SendAsync(company.Id, new CountComplaints(from, to, null));

        Assert.Equal(
            [(company.PropertyIds[0], 2), (company.PropertyIds[1], 1)],
            cleaning.Value.OrderByDescending(c => c.Count).Select(c => (c.PropertyId, c.Count)));
        Assert.Equal(4, all.Value.Sum(c => c.Count));
    }

    [Fact]
    public async Task A_new_complaint_is_published_as_ComplaintOpened()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        var complaint = await company.Staff("customer-service").OpenComplaintAsync(company.PropertyIds[1], "cleaning");

        var payload = JsonDocument.Parse(await fixture.Database.ScalarAsync<string>(
            "SELECT payload::text FROM customer_service.outbox_messages WHERE organization_id = $1 AND type LIKE '%ComplaintOpened%'", company.Id)).RootElement;

        Assert.Equal(TestCompany.IdOf(complaint), payload.GetProperty("complaintId").GetGuid());
        Assert.Equal("Cleaning", payload.GetProperty("category").GetString());
        Assert.Equal("customer-service", payload.GetProperty("responsibleDepartment").GetString());
    }

    [Fact]
    public async Task With_customer_service_switched_off_its_endpoints_are_404_and_its_contracts_refused()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        var (unit, _) = await company.Staff("customer-service").CreateHomeAsync(company.PropertyIds[0]);
        await (await company.Admin.PutJsonAsync("/api/platform/modules/customer-service", new { enabled = false })).ReadAsync(HttpStatusCode.OK);

        var read = await company.Head("customer-service").GetAsync($"{Api}/units/{TestCompany.IdOf(unit)}");
        var list = await company.Manager.GetAsync($"{Api}/complaints");
        var import = await company.Head("customer-service").ImportAsync("units", "property,building,unit,area\nNorth Garden,1栋,1-1,50\n");

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, list.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, import.StatusCode);
        await Assert.ThrowsAsync<ModuleDisabledException>(() => fixture.SendAsync(company.Id, new FindUnit(TestCompany.IdOf(unit))));
        await Assert.ThrowsAsync<ModuleDisabledException>(() => fixture.SendAsync(company.Id, new ListUnits(null, null, 10)));
    }
}
