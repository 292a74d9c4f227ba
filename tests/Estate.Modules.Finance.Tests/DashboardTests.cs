using System.Net;
using Autofac;
using Estate.SharedKernel.Dashboard;
using Estate.SharedKernel.Reports;
using Estate.SharedKernel.Tenancy;
using Estate.Testing;

namespace Estate.Modules.Finance.Tests;

/// <summary>Finance's part of the dashboard and the bill list's orders.</summary>
[Collection(FinanceHostCollection.Name)]
public sealed class DashboardTests(FinanceHostFixture fixture)
{
    [Fact]
    public async Task The_dashboard_shows_billed_collected_rate_by_building_and_units_in_arrears()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        var north = company.PropertyIds[0];
        var first = await company.AddUnitsAsync(north, "1栋", ("1-101", 100m), ("1-102", 100m));
        var second = await company.AddUnitsAsync(north, "2栋", ("2-101", 50m));
        await company.AddFeeItemAsync("物业服务费", "perSquareMetre", 2m);
        await company.AddFeeItemAsync("公共区域水电分摊", "perUnit", 10m);
        await company.GenerateAsync(CompanyTime.Period(-1));
        await (await company.PayAsync(first[0].Id(), 210m, "D-1")).ReadAsync(HttpStatusCode.Created);
        await (await company.PayAsync(second[0].Id(), 110m, "D-2")).ReadAsync(HttpStatusCode.Created);

        var section = await BuildAsync(company.Id, north);

        Assert.Equal(530m, Figure(section, "finance.billed"));
        Assert.Equal(320m, Figure(section, "finance.collected"));
        Assert.Equal(60.4m, Figure(section, "finance.collection-rate"));
        // 1-102 has paid neither of its two overdue bills.
        Assert.Equal(1m, Figure(section, "finance.units-in-arrears"));
        Assert.Equal("/finance/arrears", section.Headlines.Single(f => f.Code == "finance.units-in-arrears").Link);
        Assert.Equal("欠费户数", section.Headlines.Single(f => f.Code == "finance.units-in-arrears").Name.Zh);
        var byBuilding = section.Charts.Single(c => c.Code == "finance.collection-rate-by-building");
        Assert.Equal(ChartKind.Bar, byBuilding.Kind);
        Assert.Equal(["1栋", "2栋"], byBuilding.Labels.Select(l => l.Zh));
        Assert.Equal([50m, 100m], byBuilding.Series.Single().Values);
        Assert.Equal(0m, Figure(await BuildAsync(company.Id, company.PropertyIds[1]), "finance.billed"));
    }

    [Fact]
    public async Task Bills_come_in_the_order_asked_for()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        var north = company.PropertyIds[0];
        await company.AddUnitsAsync(north, "3栋", ("3-101", 60m), ("3-102", 120m), ("3-103", 90m));
        await company.AddFeeItemAsync("物业服务费", "perSquareMetre", 2m);
        var period = CompanyTime.Period(-1);
        await company.GenerateAsync(period);

        var largestFirst = await company.BillsAsync($"period={period}&sort=-amountDue");
        var smallestFirst = await company.BillsAsync($"period={period}&sort=amountDue");
        var byUnit = await company.BillsAsync($"period={period}&sort=-unit");

        Assert.Equal([240m, 180m, 120m], largestFirst.Select(b => b.Decimal("amountDue")));
        Assert.Equal([120m, 180m, 240m], smallestFirst.Select(b => b.Decimal("amountDue")));
        Assert.Equal(["3-103", "3-102", "3-101"], byUnit.Select(b => b.GetProperty("unitNumber").GetString()));
    }

    private async Task<DashboardSection> BuildAsync(Guid companyId, Guid propertyId)
    {
        var root = (ILifetimeScope)fixture.Host.Services.GetService(typeof(ILifetimeScope))!;
        await using var scope = root.BeginLifetimeScope();
        scope.Resolve<TenantContext>().SetSystem(companyId);
        var source = scope.Resolve<IEnumerable<IDashboardSource>>().Single(s => s.ModuleId == "finance");
        var now = DateTimeOffset.UtcNow;
        return await source.BuildAsync(new DashboardQuery(new ReportPeriod(now.AddDays(-70), now.AddDays(1)), propertyId), CancellationToken.None);
    }

    private static decimal? Figure(DashboardSection section, string code) => section.Headlines.Single(f => f.Code == code).Value;
}
