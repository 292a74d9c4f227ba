using System.Net;
using Estate.SharedKernel.Modules;
using Estate.SharedKernel.Reports;
using Estate.SharedKernel.Results;
using Estate.Testing;

namespace Estate.Modules.Cleaning.Tests;

/// <summary>A company that switched cleaning off sees no cleaning at all, and cleaning's requests are refused whoever sends them.</summary>
[Collection(CleaningHostCollection.Name)]
public sealed class ModuleSwitchTests(CleaningHostFixture fixture)
{
    [Fact]
    public async Task With_cleaning_switched_off_its_endpoints_are_404_and_its_requests_refused_and_its_data_stays()
    {
        var company = await fixture.NewCompanyAsync();
        var zone = await company.CreateZoneAsync();
        await fixture.SwitchAsync(company, Cleaning.Module, enabled: false);

        await (await company.Admin.GetAsync("/api/cleaning/zones")).ReadAsync(HttpStatusCode.NotFound);
        await (await company.Head(Cleaning.Module).GetAsync($"/api/cleaning/zones/{TestCompany.IdOf(zone)}")).ReadAsync(HttpStatusCode.NotFound);
        await (await company.Head(Cleaning.Module).PostJsonAsync("/api/cleaning/zones", new { propertyId = company.PropertyIds[0], name = "n", kind = "lobby" }))
            .ReadAsync(HttpStatusCode.NotFound);
        await (await company.Manager.GetAsync("/api/cleaning/reports/meeting")).ReadAsync(HttpStatusCode.NotFound);
        await Assert.ThrowsAsync<ModuleDisabledException>(() =>
            fixture.SendAsync<Result<DepartmentReport>>(company.Id, "Features.Reports.GetMeetingReport", null, null));

        await fixture.SwitchAsync(company, Cleaning.Module, enabled: true);
        await (await company.ReadOnly.GetAsync($"/api/cleaning/zones/{TestCompany.IdOf(zone)}")).ReadAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Read_only_users_read_cleaning_but_change_nothing()
    {
        var company = fixture.CompanyA;

        await (await company.ReadOnly.GetAsync("/api/cleaning/dead-corners")).ReadAsync(HttpStatusCode.OK);
        var report = await company.ReadOnly.PostJsonAsync("/api/cleaning/dead-corners", new { propertyId = company.PropertyIds[0], place = "p", description = "d" });
        var purchase = await company.Staff(Cleaning.Module).PostJsonAsync("/api/cleaning/supply-purchases", new { });

        Assert.Equal(HttpStatusCode.Forbidden, report.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, purchase.StatusCode);
    }
}
