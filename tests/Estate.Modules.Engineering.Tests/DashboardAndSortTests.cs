using System.Net;
using Estate.SharedKernel.Dashboard;
using Estate.SharedKernel.Reports;
using Estate.Testing;

namespace Estate.Modules.Engineering.Tests;

/// <summary>What the web UI adds: the dashboard section's figures, the list's sort order and the assignee list.</summary>
[Collection(EngineeringHostCollection.Name)]
public sealed class DashboardAndSortTests(EngineeringHostFixture fixture)
{
    [Fact]
    public async Task The_dashboard_counts_opened_overdue_and_response_of_the_period_and_charts_them_per_week()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        var (north, south) = (company.PropertyIds[0], company.PropertyIds[1]);
        var staff = company.Staff("engineering");
        var urgent = await staff.OpenWorkOrderAsync(north, "电梯困人", "urgent");
        var assigned = await staff.OpenWorkOrderAsync(north, "水管漏水");
        await staff.ActAsync($"/api/engineering/work-orders/{TestCompany.IdOf(assigned)}/assign", assigned, new { assigneeUserId = company.StaffUserId("engineering") });
        await company.CompletedWorkOrderAsync(north);

        // Five hours on, only the urgent order (4 h limit) is past its deadline.
        var later = DateTimeOffset.UtcNow.AddHours(5);
        await using (var jobScope = EngineeringScope.For(fixture.Host, company.Id, later))
        {
            await jobScope.RunJobAsync("FlagOverdueWorkOrders");
        }

        var from = DateTimeOffset.UtcNow.AddDays(-13);
        var period = new ReportPeriod(from, from.AddDays(14));
        var section = await DashboardAsync(company.Id, new DashboardQuery(period, null));

        Assert.Equal(3m, Figure(section, "work_orders_opened").Value);
        var overdue = Figure(section, "work_orders_overdue");
        Assert.Equal(1m, overdue.Value);
        Assert.StartsWith("/engineering/work-orders?overdue=true", overdue.Link, StringComparison.Ordinal);
        Assert.InRange(Figure(section, "average_response_hours").Value!.Value, 0m, 0.1m);
        var chart = Assert.Single(section.Charts);
        Assert.Equal(ChartKind.Line, chart.Kind);
        Assert.Equal(2, chart.Labels.Count);
        Assert.Equal([0m, 3m], chart.Series[0].Values);
        Assert.Equal([0m, 1m], chart.Series[1].Values);
        Assert.Equal("/engineering/work-orders", chart.Link);

        var otherProperty = await DashboardAsync(company.Id, new DashboardQuery(period, south));
        Assert.Equal(0m, Figure(otherProperty, "work_orders_opened").Value);
        Assert.Null(Figure(otherProperty, "average_response_hours").Value);
    }

    [Fact]
    public async Task The_work_order_list_sorts_by_the_field_asked_and_refuses_an_unknown_sort()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        var staff = company.Staff("engineering");
        var property = company.PropertyIds[0];
        await staff.OpenWorkOrderAsync(property, "普通", "normal");
        await staff.OpenWorkOrderAsync(property, "紧急", "urgent");
        await staff.OpenWorkOrderAsync(property, "低", "low");

        var byPriority = await Titles(staff, "?sort=priority");
        Assert.Equal(["紧急", "普通", "低"], byPriority);
        var byDeadlineLast = await Titles(staff, "?sort=-deadline");
        Assert.Equal(["低", "普通", "紧急"], byDeadlineLast);
        Assert.Equal(["低", "紧急", "普通"], await Titles(staff, ""));

        var refused = await staff.GetAsync("/api/engineering/work-orders?sort=title");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("\"sort\"", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assignees_are_the_engineering_users_of_the_company()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        var other = await TestCompany.CreateAsync(fixture.Host);

        var users = await (await company.Staff("engineering").GetAsync("/api/engineering/assignees")).ReadAsync(HttpStatusCode.OK);

        var ids = users.EnumerateArray().Select(TestCompany.IdOf).ToList();
        Assert.Contains(company.StaffUserId("engineering"), ids);
        Assert.Contains(company.HeadUserId("engineering"), ids);
        Assert.DoesNotContain(other.StaffUserId("engineering"), ids);
        Assert.All(users.EnumerateArray(), u => Assert.Equal("engineering", u.GetProperty("department").GetString()));
    }

    private async Task<DashboardSection> DashboardAsync(Guid companyId, DashboardQuery query)
    {
        await using var scope = EngineeringScope.For(fixture.Host, companyId);
        var source = scope.Resolve<IEnumerable<IDashboardSource>>().Single(s => s.ModuleId == "engineering");
        return await source.BuildAsync(query, CancellationToken.None);
    }

    private static DashboardFigure Figure(DashboardSection section, string code) => section.Headlines.Single(f => f.Code == code);

    private static async Task<List<string>> Titles(HttpClient client, string query)
    {
        var page = await (await client.GetAsync($"/api/engineering/work-orders{query}")).ReadAsync(HttpStatusCode.OK);
        return [.. page.GetProperty("items").EnumerateArray().Select(w => w.GetProperty("title").GetString()!)];
    }
}
