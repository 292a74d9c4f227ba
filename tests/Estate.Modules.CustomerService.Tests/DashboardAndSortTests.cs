using System.Net;
using Estate.SharedKernel.Dashboard;
using Estate.SharedKernel.Reports;
using Estate.SharedKernel.Tenancy;
using Estate.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Estate.Modules.CustomerService.Tests;

/// <summary>What the web UI adds: the dashboard section's figures and the complaint list's sort order.</summary>
[Collection(CustomerServiceHostCollection.Name)]
public sealed class DashboardAndSortTests(CustomerServiceHostFixture fixture)
{
    [Fact]
    public async Task The_dashboard_shows_complaints_by_category_the_follow_up_satisfaction_and_the_open_complaints()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        var (north, south) = (company.PropertyIds[0], company.PropertyIds[1]);
        var staff = company.Staff("customer-service");
        var satisfied = await staff.OpenComplaintAsync(north, "noise");
        satisfied = await staff.ActAsync(satisfied, "resolve", new { note = "已劝导邻居" });
        await staff.ActAsync(satisfied, "follow-up", new { satisfaction = "satisfied" });
        var dissatisfied = await staff.OpenComplaintAsync(north, "noise");
        dissatisfied = await staff.ActAsync(dissatisfied, "resolve", new { note = "已提醒装修时间" });
        await staff.ActAsync(dissatisfied, "follow-up", new { satisfaction = "dissatisfied" });
        await staff.OpenComplaintAsync(north, "cleaning");

        var period = new ReportPeriod(DateTimeOffset.UtcNow.AddDays(-7), DateTimeOffset.UtcNow.AddMinutes(1));
        var section = await DashboardAsync(company.Id, new DashboardQuery(period, null));

        Assert.Equal(3m, Figure(section, "complaints_opened").Value);
        Assert.Equal(50.0m, Figure(section, "follow_up_satisfaction_rate").Value);
        Assert.Equal(1m, Figure(section, "complaints_open").Value);
        Assert.All(section.Headlines, f => Assert.StartsWith("/customer-service/complaints", f.Link, StringComparison.Ordinal));
        var donut = Assert.Single(section.Charts);
        Assert.Equal(ChartKind.Donut, donut.Kind);
        Assert.Equal(["Cleaning", "Noise"], donut.Labels.Select(l => l.En));
        Assert.Equal([1m, 2m], Assert.Single(donut.Series).Values);

        var otherProperty = await DashboardAsync(company.Id, new DashboardQuery(period, south));
        Assert.Equal(0m, Figure(otherProperty, "complaints_opened").Value);
        Assert.Null(Figure(otherProperty, "follow_up_satisfaction_rate").Value);
        Assert.Empty(otherProperty.Charts[0].Labels);
    }

    [Fact]
    public async Task The_complaint_list_sorts_by_the_field_asked_and_refuses_an_unknown_sort()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        var staff = company.Staff("customer-service");
        var property = company.PropertyIds[0];
        await staff.OpenComplaintAsync(property, "noise");
        await staff.OpenComplaintAsync(property, "cleaning");
        await staff.OpenComplaintAsync(property, "parking");

        Assert.Equal(["parking", "cleaning", "noise"], await Categories(staff, ""));
        Assert.Equal(["cleaning", "noise", "parking"], await Categories(staff, "?sort=category"));
        Assert.Equal(["noise", "cleaning", "parking"], await Categories(staff, "?sort=openedAt"));

        var refused = await staff.GetAsync("/api/customer-service/complaints?sort=title");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("\"sort\"", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<DashboardSection> DashboardAsync(Guid companyId, DashboardQuery query)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetSystem(companyId);
        var source = scope.ServiceProvider.GetServices<IDashboardSource>().Single(s => s.ModuleId == "customer-service");
        return await source.BuildAsync(query, CancellationToken.None);
    }

    private static DashboardFigure Figure(DashboardSection section, string code) => section.Headlines.Single(f => f.Code == code);

    private static async Task<List<string>> Categories(HttpClient client, string query)
    {
        var page = await (await client.GetAsync($"/api/customer-service/complaints{query}")).ReadAsync(HttpStatusCode.OK);
        return [.. page.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("category").GetString()!)];
    }
}
