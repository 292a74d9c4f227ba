using Estate.SharedKernel.Security;
using Estate.SharedKernel.Seeding;
using Estate.SharedKernel.Tenancy;
using Estate.Testing;
using Microsoft.Extensions.DependencyInjection;
using static Estate.Modules.CustomerService.Tests.CustomerServiceRequests;

namespace Estate.Modules.CustomerService.Tests;

/// <summary>The demo data run.sh seeds: a believable company once, nothing more when seeded again.</summary>
[Collection(CustomerServiceHostCollection.Name)]
public sealed class DemoDataTests(CustomerServiceHostFixture fixture)
{
    [Fact]
    public async Task Demo_data_gives_hundreds_of_units_months_of_complaints_and_surveys_with_a_trend_once()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        var demo = new DemoCompany(
            company.Id,
            [new DemoProperty(company.PropertyIds[0], PropertyNames[0]), new DemoProperty(company.PropertyIds[1], PropertyNames[1])],
            [new DemoUser(company.StaffUserId("customer-service"), "cs@company.test", "孙小梅", PlatformRoles.Staff, "customer-service")]);

        await SeedAsync(company.Id, demo);
        var units = await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM customer_service.units WHERE organization_id = $1", company.Id);
        var complaints = await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM customer_service.complaints WHERE organization_id = $1", company.Id);
        await SeedAsync(company.Id, demo);

        Assert.Equal(264L, units);
        Assert.InRange(complaints, 100L, 200L);
        Assert.Equal(units, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM customer_service.units WHERE organization_id = $1", company.Id));
        Assert.Equal(complaints, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM customer_service.complaints WHERE organization_id = $1", company.Id));
        var report = await company.Manager.GetJsonAsync($"{Api}/reports/meeting");
        var satisfaction = report.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "satisfaction.rate");
        Assert.True(satisfaction.GetProperty("change").GetDecimal() > 0m);
        Assert.InRange(report.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "complaints.total").GetProperty("value").GetDecimal(), 20m, 60m);
        var notices = await company.ReadOnly.GetJsonAsync($"{Api}/notices?status=sent");
        Assert.Equal(6, notices.GetProperty("totalCount").GetInt32());
    }

    private async Task SeedAsync(Guid organizationId, DemoCompany demo)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetSystem(organizationId);
        foreach (var seeder in scope.ServiceProvider.GetServices<IDemoDataSeeder>().Where(s => s.GetType().Assembly.GetName().Name == "Estate.Modules.CustomerService"))
        {
            await seeder.SeedAsync(demo, CancellationToken.None);
        }
    }
}
