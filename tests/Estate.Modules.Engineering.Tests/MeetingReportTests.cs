using System.Net;
using System.Text.Json;
using Estate.SharedKernel.Reports;
using Estate.Testing;

namespace Estate.Modules.Engineering.Tests;

/// <summary>
/// The meeting report's figures on a company of its own, whose work orders are worked through the API and then
/// dated into the last week (F = six days ago … today) and the week before, so every figure is exact.
/// </summary>
[Collection(EngineeringHostCollection.Name)]
public sealed class MeetingReportTests(EngineeringHostFixture fixture) : IAsyncLifetime
{
    private static readonly DateOnly F = CompanyTime.Today.AddDays(-6);

    // The history is made once for all the tests of this class (xunit makes a new instance per test).
    private static readonly SemaphoreSlim Once = new(1, 1);
    private static History? _history;

    private TestCompany _company = null!;
    private JsonElement _waiting;
    private JsonElement _overdue;
    private JsonElement _unfundedProject;
    private JsonElement _report;

    private Guid North => _company.PropertyIds[0];

    private Guid South => _company.PropertyIds[1];

    public async Task InitializeAsync()
    {
        await Once.WaitAsync();
        try
        {
            _history ??= await MakeHistoryAsync();
        }
        finally
        {
            Once.Release();
        }

        (_company, _waiting, _overdue, _unfundedProject, _report) = _history;
    }

    private sealed record History(TestCompany Company, JsonElement Waiting, JsonElement Overdue, JsonElement UnfundedProject, JsonElement Report);

    private async Task<History> MakeHistoryAsync()
    {
        _company = await TestCompany.CreateAsync(fixture.Host);
        var staff = _company.Staff("engineering");

        // A: urgent elevator repair, answered in 1 h, done in 3 h of its 4, rated 5.
        var a = await WorkAsync(North, "elevator", "urgent", "assign", "start", "complete");
        a = await staff.ActAsync(Url(a, "rating"), a, new { rating = 5 });
        await DateAsync(a, CompanyTime.At(F.AddDays(1), 10), TimeSpan.FromHours(4), responded: 1, completed: 3, rated: CompanyTime.At(F.AddDays(2), 10));
        // B: plumbing, answered in 3 h, done in 80 h of its 72: late.
        var b = await WorkAsync(North, "plumbing", "normal", "assign", "start", "complete");
        await DateAsync(b, CompanyTime.At(F.AddDays(2), 9), TimeSpan.FromHours(72), responded: 3, completed: 80);
        // C: lighting, answered in 2 h, reopened, finally done 52 h after opening, within its new deadline.
        var c = await WorkAsync(South, "lighting", "normal", "assign", "start", "complete", "reopen", "start", "complete");
        var reopenedAt = CompanyTime.At(F.AddDays(5), 8);
        await DateAsync(c, CompanyTime.At(F.AddDays(3), 8), TimeSpan.FromHours(72), responded: 2, completed: 52, reopened: reopenedAt);
        // D: high-priority lighting nobody took: past its 24 h now.
        _overdue = await WorkAsync(South, "lighting", "high");
        await DateAsync(_overdue, CompanyTime.At(F.AddDays(4), 9), TimeSpan.FromHours(24));
        // W: civil works, answered in 2 h, waiting for dry weather.
        _waiting = await WorkAsync(North, "civil", "normal", "assign", "start", "delay");
        await DateAsync(_waiting, CompanyTime.At(F.AddDays(5), 9), TimeSpan.FromHours(72), responded: 2);
        // E, the week before: elevator, answered in 5 h, done in 20 h.
        var e = await WorkAsync(North, "elevator", "normal", "assign", "start", "complete");
        await DateAsync(e, CompanyTime.At(F.AddDays(-5), 10), TimeSpan.FromHours(72), responded: 5, completed: 20);

        await _company.AddFacilityAsync(North, "主干道路灯", "lighting", CompanyTime.Today.AddYears(-20), 120);
        var pump = await _company.AddFacilityAsync(South, "生活水泵", "waterSupply", CompanyTime.Today.AddYears(-1), 144);
        var records = $"/api/engineering/facilities/{TestCompany.IdOf(pump)}/maintenance-records";
        await (await staff.PostJsonAsync(records, new { performedOn = CompanyTime.Iso(CompanyTime.Today.AddDays(-2)), work = "更换机封", performedBy = "刘师傅", cost = 500.50m }))
            .ReadAsync(HttpStatusCode.Created);
        await (await staff.PostJsonAsync(records, new { performedOn = CompanyTime.Iso(F.AddDays(-3)), work = "季度保养", performedBy = "刘师傅", cost = 300 }))
            .ReadAsync(HttpStatusCode.Created);
        var underWay = await _company.PlanProjectAsync(South, "地下车库照明节能改造");
        await _company.Head("engineering").ActAsync($"/api/engineering/projects/{TestCompany.IdOf(underWay)}/start", underWay);
        _unfundedProject = await _company.PlanProjectAsync(North, "单元门禁系统升级");
        await _company.Head("engineering").ActAsync($"/api/engineering/projects/{TestCompany.IdOf(_unfundedProject)}/request-funding", _unfundedProject);

        await using (var scope = EngineeringScope.For(fixture.Host, _company.Id))
        {
            await scope.RunJobAsync("FlagOverdueWorkOrders");
        }

        var report = await (await _company.Manager.GetAsync($"/api/engineering/reports/meeting?from={CompanyTime.Iso(F)}&to={CompanyTime.Iso(CompanyTime.Today.AddDays(1))}"))
            .ReadAsync(HttpStatusCode.OK);
        return new History(_company, _waiting, _overdue, _unfundedProject, report);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public void The_report_counts_work_orders_opened_completed_and_on_time_with_the_previous_week()
    {
        AssertFigure("work_orders_opened", 5, 1, north: 3, south: 2);
        AssertFigure("work_orders_completed", 3, 1, north: 2, south: 1);
        AssertFigure("completed_on_time_rate", 66.7m, 100m, north: 50m, south: 100m);
        Assert.Equal(90m, Indicator("completed_on_time_rate").GetProperty("target").GetProperty("value").GetDecimal());
        AssertFigure("work_orders_overdue", 1, 0, north: 0, south: 1);
        AssertFigure("work_orders_reopened", 1, 0, north: 0, south: 1);
    }

    [Fact]
    public void The_report_gives_average_response_and_resolution_hours_and_the_owners_rating()
    {
        AssertFigure("average_response_hours", 2.0m, 5.0m, north: 2.0m, south: 2.0m);
        AssertFigure("average_resolution_hours", 45.0m, 20.0m, north: 41.5m, south: 52.0m);
        AssertFigure("owner_rating", 5m, null, north: 5m, south: null);
        Assert.Equal(25.0m, Indicator("average_resolution_hours").GetProperty("change").GetDecimal());
    }

    [Fact]
    public void The_report_breaks_work_orders_down_by_category()
    {
        var byCategory = _report.GetProperty("indicators").EnumerateArray()
            .Where(i => i.GetProperty("code").GetString()!.StartsWith("work_orders_opened.", StringComparison.Ordinal))
            .ToDictionary(i => i.GetProperty("code").GetString()!, i => (i.GetProperty("value").GetDecimal(), i.GetProperty("previousValue").GetDecimal()));

        Assert.Equal(
            new Dictionary<string, (decimal, decimal)>
            {
                ["work_orders_opened.elevator"] = (1, 1),
                ["work_orders_opened.plumbing"] = (1, 0),
                ["work_orders_opened.lighting"] = (2, 0),
                ["work_orders_opened.civil"] = (1, 0),
            },
            byCategory);
        Assert.Equal("新开工单 · 照明", Indicator("work_orders_opened.lighting").GetProperty("nameZh").GetString());
    }

    [Fact]
    public void The_report_counts_aging_equipment_projects_under_way_and_maintenance_spending()
    {
        AssertFigure("aging_equipment", 1, 0, north: 1, south: 0);
        AssertFigure("projects_under_way", 1, 0, north: 0, south: 1);
        AssertFigure("maintenance_cost", 500.50m, 300m, north: 0, south: 500.50m);
    }

    [Fact]
    public void Current_delays_with_their_reasons_overdue_orders_and_unfunded_projects_are_the_open_problems()
    {
        var problems = _report.GetProperty("openProblems").EnumerateArray().ToList();

        Assert.Equal(
            [TestCompany.IdOf(_waiting), TestCompany.IdOf(_overdue), TestCompany.IdOf(_unfundedProject)],
            problems.Select(p => p.GetProperty("recordId").GetGuid()));
        Assert.Contains("等待雨停后施工", problems[0].GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains(_waiting.GetProperty("number").GetString()!, problems[0].GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal("engineering.work-order", problems[1].GetProperty("recordType").GetString());
        Assert.Equal("engineering.project", problems[2].GetProperty("recordType").GetString());
        Assert.NotEmpty(_report.GetProperty("highlights").EnumerateArray());
    }

    [Fact]
    public void The_period_is_the_companys_days_from_and_to()
    {
        var period = _report.GetProperty("period");

        Assert.Equal(new DateTimeOffset(F.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8)), period.GetProperty("from").GetDateTimeOffset());
        Assert.Equal(TimeSpan.FromHours(8), period.GetProperty("from").GetDateTimeOffset().Offset);
        Assert.Equal("engineering", _report.GetProperty("moduleId").GetString());
    }

    [Fact]
    public async Task The_meetings_module_gets_the_same_figures_from_the_report_source()
    {
        await using var scope = EngineeringScope.For(fixture.Host, _company.Id);
        var source = scope.Resolve<IEnumerable<IDepartmentReportSource>>().Single(s => s.ModuleId == "engineering");

        var report = await source.BuildAsync(
            new ReportPeriod(new DateTimeOffset(F.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8)), new DateTimeOffset(CompanyTime.Today.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8))),
            CancellationToken.None);

        Assert.Equal(5m, report.Indicators.Single(i => i.Code == "work_orders_opened").Value);
        Assert.Equal(66.7m, report.Indicators.Single(i => i.Code == "completed_on_time_rate").Value);
        Assert.Equal(3, report.OpenProblems.Count);
    }

    [Fact]
    public async Task Without_dates_the_report_covers_the_last_30_days_including_today()
    {
        var report = await (await _company.ReadOnly.GetAsync("/api/engineering/reports/meeting")).ReadAsync(HttpStatusCode.OK);

        var period = report.GetProperty("period");
        Assert.Equal(TimeSpan.FromDays(30), period.GetProperty("to").GetDateTimeOffset() - period.GetProperty("from").GetDateTimeOffset());
        Assert.Equal(CompanyTime.Iso(CompanyTime.Today.AddDays(1)), period.GetProperty("to").GetDateTimeOffset().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(6m, report.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "work_orders_opened").GetProperty("value").GetDecimal());
    }

    [Theory]
    [InlineData("?from=2026-13-01", "from")]
    [InlineData("?from=2026-10-10&to=2026-10-10", "to")]
    [InlineData("?from=2026-10-10&to=2026-10-01", "to")]
    [InlineData("?from=2024-01-01&to=2026-01-01", "to")]
    public async Task A_bad_period_is_400_naming_the_parameter(string query, string field)
    {
        var problem = await (await _company.ReadOnly.GetAsync($"/api/engineering/reports/meeting{query}")).ReadAsync(HttpStatusCode.BadRequest);

        Assert.Equal([field], problem.ErrorFields());
    }

    private void AssertFigure(string code, decimal? value, decimal? previous, decimal? north, decimal? south)
    {
        var indicator = Indicator(code);
        Assert.Equal(value, Decimal(indicator.GetProperty("value")));
        Assert.Equal(previous, Decimal(indicator.GetProperty("previousValue")));
        var byProperty = indicator.GetProperty("byProperty").EnumerateArray().ToDictionary(p => p.GetProperty("propertyId").GetGuid(), p => Decimal(p.GetProperty("value")));
        Assert.Equal(north, byProperty[North]);
        Assert.Equal(south, byProperty[South]);
    }

    private JsonElement Indicator(string code) =>
        _report.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("code").GetString() == code);

    private static decimal? Decimal(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.GetDecimal();

    private static string Url(JsonElement workOrder, string action) => $"/api/engineering/work-orders/{TestCompany.IdOf(workOrder)}/{action}";

    // Opens a work order and takes it through the given actions as engineering staff would.
    private async Task<JsonElement> WorkAsync(Guid propertyId, string category, string priority, params string[] actions)
    {
        var staff = _company.Staff("engineering");
        var workOrder = await (await staff.PostJsonAsync("/api/engineering/work-orders", WorkOrderRequests.NewWorkOrder(propertyId, $"{category} 报修", priority, category)))
            .ReadAsync(HttpStatusCode.Created);
        foreach (var action in actions)
        {
            object fields = action switch
            {
                "assign" => new { assigneeUserId = _company.StaffUserId("engineering") },
                "delay" => new { reason = "等待雨停后施工" },
                "reopen" => new { reason = "又不亮了" },
                _ => new { },
            };
            workOrder = await staff.ActAsync(Url(workOrder, action), workOrder, fields);
        }

        return workOrder;
    }

    // Puts a worked order at its place in time: opened at `created`, answered and done so many hours later.
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
