using System.Net;
using Estate.SharedKernel.Modules;
using Estate.Testing;
using static Estate.Modules.Security.Tests.SecurityApi;

namespace Estate.Modules.Security.Tests;

[Collection(SecurityHostCollection.Name)]
public sealed class ModuleSwitchTests(SecurityHostFixture fixture)
{
    [Fact]
    public async Task With_security_switched_off_its_endpoints_are_404_its_requests_are_refused_and_its_data_stays()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        var incident = await company.Staff("security").ReportIncidentAsync(company.PropertyIds[0]);
        await company.SwitchModuleAsync("security", enabled: false);

        await (await company.Head("security").GetAsync("/api/security/incidents")).ReadAsync(HttpStatusCode.NotFound);
        await (await company.Staff("security").PostJsonAsync("/api/security/patrol/check-ins", new { checkpointCode = "ANY" })).ReadAsync(HttpStatusCode.NotFound);
        await (await company.Manager.GetAsync("/api/security/reports/meeting")).ReadAsync(HttpStatusCode.NotFound);
        await Assert.ThrowsAsync<ModuleDisabledException>(() =>
            fixture.SendAsync(company.Id, "Estate.Modules.Security.Features.Incidents.GetIncident", TestCompany.IdOf(incident)));

        await company.SwitchModuleAsync("security", enabled: true);
        var kept = await (await company.ReadOnly.GetAsync($"/api/security/incidents/{TestCompany.IdOf(incident)}")).ReadAsync(HttpStatusCode.OK);
        Assert.Equal(TestCompany.IdOf(incident), TestCompany.IdOf(kept));
    }
}
