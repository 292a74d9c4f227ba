using System.Net;
using Estate.Testing;

namespace Estate.Modules.Cleaning.Tests;

/// <summary>A cleaner granted one property of the company sees and works on that property only.</summary>
[Collection(CleaningHostCollection.Name)]
public sealed class PropertyScopeTests(CleaningHostFixture fixture)
{
    [Fact]
    public async Task A_user_granted_one_property_sees_only_its_records_and_figures()
    {
        var company = fixture.CompanyA;
        var scoped = await company.AddUserAsync(fixture.Host, $"cleaner-north-{Guid.NewGuid():N}"[..24], "staff", Cleaning.Module, allProperties: false, propertyIds: [company.PropertyIds[0]]);
        var elsewhere = await company.ReportDeadCornerAsync(place: "南区垃圾房后墙", property: 1);
        var taskElsewhere = await company.TodaysTaskAsync(fixture, property: 1);

        var list = await (await scoped.GetAsync("/api/cleaning/dead-corners?pageSize=100")).ReadAsync(HttpStatusCode.OK);
        await (await scoped.GetAsync($"/api/cleaning/dead-corners/{TestCompany.IdOf(elsewhere)}")).ReadAsync(HttpStatusCode.NotFound);
        await (await scoped.PostJsonAsync($"/api/cleaning/tasks/{TestCompany.IdOf(taskElsewhere)}/complete", new { version = taskElsewhere.Version() }))
            .ReadAsync(HttpStatusCode.NotFound);
        var report = await (await scoped.GetAsync("/api/cleaning/reports/meeting")).ReadAsync(HttpStatusCode.OK);

        Assert.All(list.GetProperty("items").EnumerateArray(), d => Assert.Equal(company.PropertyIds[0], d.GetProperty("propertyId").GetGuid()));
        Assert.All(
            report.GetProperty("indicators").EnumerateArray().SelectMany(i => i.GetProperty("byProperty").EnumerateArray()),
            p => Assert.Equal(company.PropertyIds[0], p.GetProperty("propertyId").GetGuid()));
    }
}
