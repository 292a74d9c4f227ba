using System.Net;
using Estate.SharedKernel.Dashboard;
using Estate.SharedKernel.Reports;
using Estate.SharedKernel.Tenancy;
using Estate.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Estate.Modules.Meetings.Tests;

/// <summary>The meetings section of the managers' dashboard, on meetings and action items made here.</summary>
[Collection(MeetingsHostCollection.Name)]
public sealed class DashboardTests(MeetingsHostFixture fixture)
{
    [Fact]
    public async Task The_dashboard_counts_meetings_held_open_and_overdue_items_the_on_time_rate_and_charts_items_per_week()
    {
        var company = await TestCompany.CreateAsync(fixture.Host, modules: ["engineering", "probe", "meetings"]);
        var (north, south) = (company.PropertyIds[0], company.PropertyIds[1]);
        var now = DateTimeOffset.UtcNow;
        var held = await PlanForAsync(company, north, now.AddDays(-3));
        await PlanForAsync(company, north, now.AddDays(5));
        var owner = company.HeadUserId("engineering");
        var past = DateOnly.FromDateTime(now.AddDays(-2).UtcDateTime);
        var later = DateOnly.FromDateTime(now.AddDays(10).UtcDateTime);
        var late = await company.AssignAsync(held, owner, past, "补齐消防台账");
        var onTime = await company.AssignAsync(held, owner, later, "更换路灯");
        await company.AssignAsync(held, owner, later, "整改地下车库照明");
        await company.AssignAsync(held, owner, past, "修复单元门禁");
        await company.CloseAsync(held);
        await CompleteAsync(company, late.Id());
        await CompleteAsync(company, onTime.Id());

        var from = now.AddDays(-13);
        var period = new ReportPeriod(from, from.AddDays(14));
        var section = await DashboardAsync(company.Id, new DashboardQuery(period, null));

        Assert.Equal(1m, Figure(section, "meetings_held").Value);
        Assert.Equal(2m, Figure(section, "action_items_open").Value);
        var overdue = Figure(section, "action_items_overdue");
        Assert.Equal(1m, overdue.Value);
        Assert.Equal("/meetings/my-action-items", overdue.Link);
        Assert.Equal(50m, Figure(section, "action_items_on_time_rate").Value);
        var chart = Assert.Single(section.Charts);
        Assert.Equal(2, chart.Labels.Count);
        Assert.Equal([0m, 4m], chart.Series[0].Values);
        Assert.Equal([0m, 2m], chart.Series[1].Values);

        var otherProperty = await DashboardAsync(company.Id, new DashboardQuery(period, south));
        Assert.Equal(0m, Figure(otherProperty, "meetings_held").Value);
        Assert.Equal(0m, Figure(otherProperty, "action_items_open").Value);
        Assert.Null(Figure(otherProperty, "action_items_on_time_rate").Value);

        var otherCompany = await DashboardAsync(fixture.CompanyB.Id, new DashboardQuery(period, null));
        Assert.Equal(0m, Figure(otherCompany, "action_items_overdue").Value);
    }

    private static async Task<Guid> PlanForAsync(TestCompany company, Guid propertyId, DateTimeOffset startsAt) =>
        (await (await company.Manager.PostJsonAsync("/api/meetings/meetings", new
        {
            title = "项目运营例会",
            startsAt,
            endsAt = startsAt.AddHours(1),
            propertyIds = new[] { propertyId },
            chairUserId = await company.ManagerIdAsync(),
        })).ReadAsync(HttpStatusCode.Created)).Id();

    private static async Task CompleteAsync(TestCompany company, Guid itemId)
    {
        var item = await (await company.Manager.GetAsync($"/api/meetings/action-items/{itemId}")).ReadAsync(HttpStatusCode.OK);
        await (await company.Head("engineering").PostJsonAsync($"/api/meetings/action-items/{itemId}/complete", new
        {
            note = "已完成", version = item.GetProperty("version").GetUInt32(),
        })).ReadAsync(HttpStatusCode.OK);
    }

    private async Task<DashboardSection> DashboardAsync(Guid companyId, DashboardQuery query)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetSystem(companyId);
        var source = scope.ServiceProvider.GetRequiredService<IEnumerable<IDashboardSource>>().Single(s => s.ModuleId == "meetings");
        return await source.BuildAsync(query, CancellationToken.None);
    }

    private static DashboardFigure Figure(DashboardSection section, string code) => section.Headlines.Single(f => f.Code == code);
}
