using System.Net;
using System.Text.Json;
using Estate.SharedKernel.Dashboard;
using Estate.SharedKernel.Reports;
using Estate.Testing;

namespace Estate.Modules.Engineering.Tests;

/// <summary>
/// The meeting report and the dashboard read the stored per-day figures for the days the refresher covers and
/// the rest live: either way they show the same figures.
/// </summary>
[Collection(EngineeringHostCollection.Name)]
public sealed class ReportFiguresTests(EngineeringHostFixture fixture)
{
    private static readonly DateOnly Today = CompanyTime.Today;

    [Fact]
    public async Task Reports_and_dashboard_show_the_same_figures_live_and_from_the_figures_and_a_record_added_after_a_refresh_still_counts()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        await MakeHistoryAsync(company);
        var other = await TestCompany.CreateAsync(fixture.Host);
        await MakeHistoryAsync(other);
        var live = await ViewsAsync(company);
        var otherLive = await ViewsAsync(other);

        // Five days ago: the figures cover up to six days ago and the rest is live.
        await RefreshAsync(company, DateTimeOffset.UtcNow.AddDays(-5));
        Assert.Equal(live, await ViewsAsync(company));
        await RefreshAsync(company);
        Assert.Equal(live, await ViewsAsync(company));
        await RefreshAsync(company);
        Assert.Equal(live, await ViewsAsync(company));
        await RefreshAsync(other);
        Assert.Equal(otherLive, await ViewsAsync(other));
        Assert.Equal(live, await ViewsAsync(company));

        await WorkAsync(company, company.PropertyIds[0], "plumbing", "normal");
        var lastWeek = new ReportPeriod(CompanyTime.At(Today.AddDays(-7), 0), CompanyTime.At(Today.AddDays(1), 0));
        var report = await ReportAsync(company, lastWeek);
        var dashboard = await DashboardAsync(company, lastWeek);
        Assert.Equal(4m, report.Indicators.Single(i => i.Code == "work_orders_opened").Value);
        Assert.Equal(4m, dashboard.Headlines.Single(f => f.Code == "work_orders_opened").Value);
    }

    [Fact]
    public async Task A_refresh_writes_nothing_for_another_company()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        await MakeHistoryAsync(company);
        var other = await TestCompany.CreateAsync(fixture.Host);
        var empty = await ViewsAsync(other);

        await RefreshAsync(company);
        await RefreshAsync(other);

        Assert.Equal(empty, await ViewsAsync(other));
        var fortnight = new ReportPeriod(CompanyTime.At(Today.AddDays(-14), 0), CompanyTime.At(Today, 0));
        Assert.Equal(0m, (await ReportAsync(other, fortnight)).Indicators.Single(i => i.Code == "work_orders_opened").Value);
        Assert.Equal(6m, (await ReportAsync(company, fortnight)).Indicators.Single(i => i.Code == "work_orders_opened").Value);
    }

    // The report and the dashboard for a covered fortnight, the last week up to tomorrow, and a period of partial days.
    private async Task<string> ViewsAsync(TestCompany company)
    {
        var now = DateTimeOffset.UtcNow;
        ReportPeriod[] periods =
        [
            new(CompanyTime.At(Today.AddDays(-14), 0), CompanyTime.At(Today, 0)),
            new(CompanyTime.At(Today.AddDays(-7), 0), CompanyTime.At(Today.AddDays(1), 0)),
            new(CompanyTime.At(Today.AddDays(-10), 5, 30), CompanyTime.At(Today.AddDays(-1), 15)),
        ];
        var views = new List<string>();
        foreach (var period in periods)
        {
            var report = await ReportAsync(company, period);
            views.Add(JsonSerializer.Serialize(new { report.Indicators, report.Highlights, report.OpenProblems }));
            views.Add(JsonSerializer.Serialize(await DashboardAsync(company, period)));
        }

        return string.Join("\n", views);
    }

    private async Task<DepartmentReport> ReportAsync(TestCompany company, ReportPeriod period)
    {
        await using var scope = EngineeringScope.For(fixture.Host, company.Id);
        return await scope.Resolve<IEnumerable<IDepartmentReportSource>>().Single(s => s.ModuleId == "engineering").BuildAsync(period, CancellationToken.None);
    }

    private async Task<DashboardSection> DashboardAsync(TestCompany company, ReportPeriod period)
    {
        await using var scope = EngineeringScope.For(fixture.Host, company.Id);
        return await scope.Resolve<IEnumerable<IDashboardSource>>().Single(s => s.ModuleId == "engineering")
            .BuildAsync(new DashboardQuery(period, null), CancellationToken.None);
    }

    private async Task RefreshAsync(TestCompany company, DateTimeOffset? at = null)
    {
        await using var scope = EngineeringScope.For(fixture.Host, company.Id, at);
        await scope.RunJobAsync("RefreshEngineeringReportFigures");
    }

    // Orders over the last fortnight: answered, completed late and on time, reopened, rated, left overdue, delayed.
    private async Task MakeHistoryAsync(TestCompany company)
    {
        var (north, south) = (company.PropertyIds[0], company.PropertyIds[1]);
        var staff = company.Staff("engineering");
        var a = await WorkAsync(company, north, "elevator", "urgent", "assign", "start", "complete");
        a = await staff.ActAsync(Url(a, "rating"), a, new { rating = 4 });
        await DateAsync(a, CompanyTime.At(Today.AddDays(-12), 10), TimeSpan.FromHours(4), responded: 1, completed: 3, rated: CompanyTime.At(Today.AddDays(-6), 10));
        var b = await WorkAsync(company, north, "plumbing", "normal", "assign", "start", "complete");
        await DateAsync(b, CompanyTime.At(Today.AddDays(-9), 9), TimeSpan.FromHours(24), responded: 3, completed: 80);
        var c = await WorkAsync(company, south, "lighting", "normal", "assign", "start", "complete", "reopen", "start", "complete");
        await DateAsync(c, CompanyTime.At(Today.AddDays(-8), 8), TimeSpan.FromHours(72), responded: 2, completed: 150, reopened: CompanyTime.At(Today.AddDays(-5), 8));
        var d = await WorkAsync(company, south, "lighting", "high");
        await DateAsync(d, CompanyTime.At(Today.AddDays(-4), 9), TimeSpan.FromHours(24));
        var e = await WorkAsync(company, north, "civil", "normal", "assign", "start", "delay");
        await DateAsync(e, CompanyTime.At(Today.AddDays(-13), 9), TimeSpan.FromHours(72), responded: 2);
        var f = await WorkAsync(company, south, "electrical", "normal", "assign");
        await DateAsync(f, CompanyTime.At(Today.AddDays(-2), 9), TimeSpan.FromHours(72), responded: 30);
        await WorkAsync(company, north, "other", "normal");
        await using var scope = EngineeringScope.For(fixture.Host, company.Id);
        await scope.RunJobAsync("FlagOverdueWorkOrders");
    }

    private static string Url(JsonElement workOrder, string action) => $"/api/engineering/work-orders/{TestCompany.IdOf(workOrder)}/{action}";

    private static async Task<JsonElement> WorkAsync(TestCompany company, Guid propertyId, string category, string priority, params string[] actions)
    {
        var staff = company.Staff("engineering");
        var workOrder = await (await staff.PostJsonAsync("/api/engineering/work-orders", WorkOrderRequests.NewWorkOrder(propertyId, $"{category} 报修", priority, category)))
            .ReadAsync(HttpStatusCode.Created);
        foreach (var action in actions)
        {
            object fields = action switch
            {
                "assign" => new { assigneeUserId = company.StaffUserId("engineering") },
                "delay" => new { reason = "等待雨停后施工" },
                "reopen" => new { reason = "又不亮了" },
                _ => new { },
            };
            workOrder = await staff.ActAsync(Url(workOrder, action), workOrder, fields);
        }

        return workOrder;
    }

    private async Task DateAsync(
        JsonElement workOrder, DateTimeOffset created, TimeSpan limit, double? responded = null, double? completed = null,
        DateTimeOffset? reopened = null, DateTimeOffset? rated = null)
    {
        object Or(DateTimeOffset? instant) => instant is { } value ? value : DBNull.Value;
        var deadline = (reopened ?? created) + limit;
        await fixture.Database.ExecuteAsync(
            """
            UPDATE engineering.work_orders
            SET created_at = $2, deadline = $3, warn_at = $3, responded_at = $4, assigned_at = $4, completed_at = $5, last_reopened_at = $6, rated_at = $7
            WHERE id = $1
            """,
            TestCompany.IdOf(workOrder), created, deadline, Or(responded is { } answered ? created.AddHours(answered) : null),
            Or(completed is { } hours ? created.AddHours(hours) : null), Or(reopened), Or(rated));
    }
}
