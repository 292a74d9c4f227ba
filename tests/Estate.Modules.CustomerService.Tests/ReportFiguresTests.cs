using System.Globalization;
using System.Net;
using System.Text.Json;
using Estate.SharedKernel.Dashboard;
using Estate.SharedKernel.Reports;
using Estate.SharedKernel.Tenancy;
using Estate.Testing;
using Microsoft.Extensions.DependencyInjection;
using static Estate.Modules.CustomerService.Tests.CustomerServiceRequests;

namespace Estate.Modules.CustomerService.Tests;

/// <summary>
/// The per-day figures the report and dashboard read for complete days: the same figures as computed from the
/// complaints, records of today still counted, a second refresh changing nothing, other companies never counted.
/// </summary>
[Collection(CustomerServiceHostCollection.Name)]
public sealed class ReportFiguresTests(CustomerServiceHostFixture fixture)
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById(TenantContext.DefaultTimeZoneId);

    [Fact]
    public async Task Report_and_dashboard_show_the_same_figures_before_and_after_a_refresh_and_a_second_refresh_changes_nothing()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        var other = await TestCompany.CreateAsync(fixture.Host);
        await HistoryAsync(company);
        await HistoryAsync(other);
        await RefreshAsync(other.Id);
        var today = CompanyCalendar.DateOf(DateTimeOffset.UtcNow, Zone);
        var (from, to) = (today.AddDays(-30), today.AddDays(1));

        var live = await ReportAsync(company, from, to);
        var liveDashboard = await DashboardAsync(company.Id, from, to);
        await RefreshAsync(company.Id);
        var stored = await FiguresAsync(company.Id);
        var refreshed = await ReportAsync(company, from, to);
        var refreshedDashboard = await DashboardAsync(company.Id, from, to);
        await RefreshAsync(company.Id);

        Assert.NotEmpty(stored);
        Assert.Equal(live, refreshed);
        Assert.Equal(liveDashboard, refreshedDashboard);
        Assert.Equal(stored, await FiguresAsync(company.Id));
        Assert.Equal(live, await ReportAsync(company, from, to));
        using var figures = JsonDocument.Parse(live);
        Assert.Equal(5m, Value(figures.RootElement, "complaints.total"));
        Assert.Equal(2m, Value(figures.RootElement, "complaints.category.noise"));
    }

    [Fact]
    public async Task A_complaint_registered_today_after_a_refresh_counts_and_a_period_starting_mid_day_is_counted_live()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        await HistoryAsync(company);
        await RefreshAsync(company.Id);
        var today = CompanyCalendar.DateOf(DateTimeOffset.UtcNow, Zone);
        using var before = JsonDocument.Parse(await ReportAsync(company, today.AddDays(-30), today.AddDays(1)));

        await company.Staff("customer-service").OpenComplaintAsync(company.PropertyIds[1], "noise");

        using var after = JsonDocument.Parse(await ReportAsync(company, today.AddDays(-30), today.AddDays(1)));
        Assert.Equal(Value(before.RootElement, "complaints.total") + 1, Value(after.RootElement, "complaints.total"));
        Assert.Equal(Value(before.RootElement, "complaints.category.noise") + 1, Value(after.RootElement, "complaints.category.noise"));
        var midDay = new ReportPeriod(CompanyCalendar.StartOf(today.AddDays(-30), Zone).AddHours(12), DateTimeOffset.UtcNow.AddMinutes(1));
        var section = await DashboardAsync(company.Id, midDay);
        Assert.Equal(Value(after.RootElement, "complaints.total"), section.Headlines.Single(f => f.Code == "complaints_opened").Value);
    }

    // Five complaints over the past weeks on two properties, answered and closed on time or late, two followed up.
    private async Task HistoryAsync(TestCompany company)
    {
        var staff = company.Staff("customer-service");
        var (north, south) = (company.PropertyIds[0], company.PropertyIds[1]);
        await TimedAsync(await ClosedAsync(staff, north, "noise"), openedDaysAgo: 20, respondedAfterHours: 2, closedAfterDays: 3, followUp: "satisfied");
        await TimedAsync(await ClosedAsync(staff, north, "parking"), openedDaysAgo: 12, respondedAfterHours: 30, closedAfterDays: 9, followUp: "dissatisfied");
        var working = await staff.OpenComplaintAsync(south, "cleaning");
        await staff.ActAsync(working, "respond", new { note = "已安排保洁" });
        await TimedAsync(working, openedDaysAgo: 5, respondedAfterHours: 4, closedAfterDays: null, followUp: null);
        await TimedAsync(await staff.OpenComplaintAsync(south, "fees"), openedDaysAgo: 3, respondedAfterHours: null, closedAfterDays: null, followUp: null);
        await TimedAsync(await staff.OpenComplaintAsync(south, "noise"), openedDaysAgo: 1, respondedAfterHours: null, closedAfterDays: null, followUp: null);
    }

    private static async Task<JsonElement> ClosedAsync(HttpClient staff, Guid propertyId, string category)
    {
        var complaint = await staff.OpenComplaintAsync(propertyId, category);
        complaint = await staff.ActAsync(complaint, "respond", new { note = "已联系业主" });
        complaint = await staff.ActAsync(complaint, "resolve", new { note = "已处理" });
        return await staff.ActAsync(complaint, "close");
    }

    private async Task TimedAsync(JsonElement complaint, int openedDaysAgo, int? respondedAfterHours, int? closedAfterDays, string? followUp)
    {
        var opened = DateTimeOffset.UtcNow.AddDays(-openedDaysAgo);
        DateTimeOffset? responded = respondedAfterHours is { } hours ? opened.AddHours(hours) : null;
        DateTimeOffset? closed = closedAfterDays is { } days ? opened.AddDays(days) : null;
        static string At(DateTimeOffset? at) => at is { } value ? $"'{value.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)}'::timestamptz" : "NULL";
        await fixture.Database.ExecuteAsync($"""
            UPDATE customer_service.complaints SET
              opened_at = {At(opened)}, response_due_at = {At(opened.AddHours(24))}, close_due_at = {At(opened.AddDays(7))},
              first_responded_at = {At(responded)}, resolved_at = {At(closed)}, closed_at = {At(closed)},
              follow_up_at = {(followUp is null ? "NULL" : At(closed!.Value.AddDays(1)))}, follow_up_satisfaction = {(followUp is null ? "NULL" : $"'{char.ToUpperInvariant(followUp[0])}{followUp[1..]}'")}
            WHERE id = $1
            """, TestCompany.IdOf(complaint));
    }

    private async Task RefreshAsync(Guid companyId)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetSystem(companyId);
        foreach (var refresher in scope.ServiceProvider.GetServices<IReportFiguresRefresher>().Where(r => r.GetType().Namespace!.StartsWith("Estate.Modules.CustomerService", StringComparison.Ordinal)))
        {
            await refresher.RunAsync(CancellationToken.None);
        }
    }

    private async Task<List<string>> FiguresAsync(Guid companyId) =>
        await fixture.Database.ColumnAsync($"SELECT f::text FROM customer_service.daily_figures f WHERE organization_id = '{companyId}' ORDER BY day, property_id");

    // The report without its "as of" time, which differs between two builds.
    private static async Task<string> ReportAsync(TestCompany company, DateOnly from, DateOnly to)
    {
        var report = await company.Manager.GetJsonAsync($"{Api}/reports/meeting?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}", HttpStatusCode.OK);
        return JsonSerializer.Serialize(report.EnumerateObject().Where(p => p.Name != "asOf").ToDictionary(p => p.Name, p => p.Value));
    }

    private async Task<string> DashboardAsync(Guid companyId, DateOnly from, DateOnly to) =>
        JsonSerializer.Serialize(await DashboardAsync(companyId, new ReportPeriod(CompanyCalendar.StartOf(from, Zone), CompanyCalendar.StartOf(to, Zone))));

    private async Task<DashboardSection> DashboardAsync(Guid companyId, ReportPeriod period)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetSystem(companyId);
        var source = scope.ServiceProvider.GetServices<IDashboardSource>().Single(s => s.ModuleId == "customer-service");
        return await source.BuildAsync(new DashboardQuery(period, null), CancellationToken.None);
    }

    private static decimal? Value(JsonElement report, string code) =>
        report.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("code").GetString() == code).GetProperty("value") is { ValueKind: not JsonValueKind.Null } value
            ? value.GetDecimal()
            : null;
}
