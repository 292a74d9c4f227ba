using System.Globalization;
using System.Net;
using System.Text.Json;
using Estate.SharedKernel.Reports;
using Estate.SharedKernel.Tenancy;
using Estate.Testing;
using Microsoft.Extensions.DependencyInjection;
using static Estate.Modules.CustomerService.Tests.CustomerServiceRequests;

namespace Estate.Modules.CustomerService.Tests;

/// <summary>The meeting report's figures on complaints and surveys made for it, their times set back as if they had happened over the past weeks.</summary>
[Collection(CustomerServiceHostCollection.Name)]
public sealed class MeetingReportTests(CustomerServiceHostFixture fixture)
{
    [Fact]
    public async Task The_report_shows_distributions_response_shares_and_satisfaction_with_its_change()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        var staff = company.Staff("customer-service");
        var (north, south) = (company.PropertyIds[0], company.PropertyIds[1]);

        // Answered in 2 h, closed in 3 days: both on time.
        var onTime = await ClosedAsync(staff, north, "noise", "hotline");
        await SetTimesAsync(onTime, openedDaysAgo: 10, respondedAfterHours: 2, closedAfterDays: 3);
        // Answered in 30 h, closed in 9 days: both late.
        var late = await ClosedAsync(staff, north, "parking", "phone");
        await SetTimesAsync(late, openedDaysAgo: 10, respondedAfterHours: 30, closedAfterDays: 9);
        // Answered in 4 h, still open, closing not yet due: counts for answering only.
        var working = await Create(staff, south, "cleaning", "online");
        await staff.ActAsync(working, "respond", new { note = "已安排保洁" });
        await SetTimesAsync(working, openedDaysAgo: 5, respondedAfterHours: 4, closedAfterDays: null);
        // Never answered, 3 days old: answered late by now.
        var unanswered = await Create(staff, south, "fees", "walkIn");
        await SetTimesAsync(unanswered, openedDaysAgo: 3, respondedAfterHours: null, closedAfterDays: null);
        // In the previous 30 days: answered in 1 h, closed in a day.
        var before = await ClosedAsync(staff, north, "noise", "hotline");
        await SetTimesAsync(before, openedDaysAgo: 40, respondedAfterHours: 1, closedAfterDays: 1);
        await SurveysAsync(company, north);

        var report = await company.Manager.GetJsonAsync($"{Api}/reports/meeting");

        Assert.Equal("customer-service", report.GetProperty("moduleId").GetString());
        AssertFigure(report, "complaints.total", 4, 1);
        AssertFigure(report, "complaints.category.noise", 1, 1);
        AssertFigure(report, "complaints.category.parking", 1, 0);
        AssertFigure(report, "complaints.category.repair", 0, 0);
        AssertFigure(report, "complaints.channel.walkIn", 1, 0);
        AssertFigure(report, "complaints.channel.hotline", 1, 1);
        AssertFigure(report, "complaints.answered_within_target", 50.0m, 100.0m);
        AssertFigure(report, "complaints.closed_within_target", 50.0m, 100.0m);
        AssertFigure(report, "complaints.first_response_hours", 12.0m, 1.0m);
        AssertFigure(report, "satisfaction.rate", 75.0m, 50.0m);
        AssertFigure(report, "satisfaction.responses", 4, 4);
        AssertFigure(report, "complaints.open.customer-service", 2, null);
        Assert.Equal(25.0m, Indicator(report, "satisfaction.rate").GetProperty("change").GetDecimal());
        Assert.Equal(90m, Indicator(report, "satisfaction.rate").GetProperty("target").GetProperty("value").GetDecimal());
        var byProperty = Indicator(report, "complaints.total").GetProperty("byProperty").EnumerateArray().ToDictionary(p => p.GetProperty("propertyId").GetGuid(), p => p.GetProperty("value").GetDecimal());
        Assert.Equal(2m, byProperty[north]);
        Assert.Equal(2m, byProperty[south]);
        Assert.Contains(report.GetProperty("highlights").EnumerateArray(), h => h.GetString()!.Contains("业主满意度 75%（样本 4 户），较上次调查 +25.0 个百分点", StringComparison.Ordinal));
        Assert.Empty(report.GetProperty("openProblems").EnumerateArray());
    }

    [Fact]
    public async Task The_report_source_is_offered_to_the_meetings_module_and_bad_periods_are_400()
    {
        await using (var scope = fixture.Host.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<TenantContext>().SetSystem(fixture.CompanyA.Id);
            var source = scope.ServiceProvider.GetServices<IDepartmentReportSource>().Single(s => s.ModuleId == "customer-service");
            var now = DateTimeOffset.UtcNow;
            var report = await source.BuildAsync(new ReportPeriod(now.AddDays(-7), now), CancellationToken.None);
            Assert.Contains(report.Indicators, i => i.Code == "complaints.total");
        }

        var reversed = await fixture.CompanyA.Manager.GetJsonAsync($"{Api}/reports/meeting?from=2026-06-01&to=2026-05-01", HttpStatusCode.BadRequest);
        var notADate = await fixture.CompanyA.Manager.GetJsonAsync($"{Api}/reports/meeting?from=yesterday", HttpStatusCode.BadRequest);
        Assert.Equal(["to"], reversed.ErrorFields());
        Assert.Equal(["from"], notADate.ErrorFields());
    }

    private static async Task<JsonElement> Create(HttpClient staff, Guid propertyId, string category, string channel) =>
        await (await staff.PostJsonAsync($"{Api}/complaints", new { propertyId, kind = "complaint", category, channel, title = $"{category} {channel}" })).ReadAsync(HttpStatusCode.Created);

    private static async Task<JsonElement> ClosedAsync(HttpClient staff, Guid propertyId, string category, string channel)
    {
        var complaint = await Create(staff, propertyId, category, channel);
        complaint = await staff.ActAsync(complaint, "respond", new { note = "已联系业主" });
        complaint = await staff.ActAsync(complaint, "resolve", new { note = "已处理" });
        return await staff.ActAsync(complaint, "close");
    }

    // Complaints are timed by the clock; moving their times back stands in for weeks of handling.
    private async Task SetTimesAsync(JsonElement complaint, int openedDaysAgo, int? respondedAfterHours, int? closedAfterDays)
    {
        var opened = DateTimeOffset.UtcNow.AddDays(-openedDaysAgo);
        DateTimeOffset? responded = respondedAfterHours is { } hours ? opened.AddHours(hours) : null;
        DateTimeOffset? closed = closedAfterDays is { } days ? opened.AddDays(days) : null;
        static string At(DateTimeOffset? at) => at is { } value ? $"'{value.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)}'::timestamptz" : "NULL";
        await fixture.Database.ExecuteAsync($"""
            UPDATE customer_service.complaints SET
              opened_at = {At(opened)}, response_due_at = {At(opened.AddHours(24))}, close_due_at = {At(opened.AddDays(7))},
              first_responded_at = {At(responded)}, resolved_at = {At(closed)}, closed_at = {At(closed)}
            WHERE id = $1
            """, TestCompany.IdOf(complaint));
    }

    // Two surveys of the north property: 2 of 4 satisfied, then 3 of 4.
    private static async Task SurveysAsync(TestCompany company, Guid propertyId)
    {
        var head = company.Head("customer-service");
        await (await head.ImportAsync("units", "property,building,unit,area\nNorth Garden,9栋,9-1,80\nNorth Garden,9栋,9-2,80\nNorth Garden,9栋,9-3,80\nNorth Garden,9栋,9-4,80\n"))
            .ReadAsync(HttpStatusCode.OK);
        var units = (await head.GetJsonAsync($"{Api}/units?propertyId={propertyId}")).GetProperty("items").EnumerateArray().Select(TestCompany.IdOf).ToList();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        foreach (var (endDaysAgo, scores) in new[] { (100, new[] { 5, 4, 3, 1 }), (10, new[] { 5, 4, 4, 2 }) })
        {
            var survey = await (await head.PostJsonAsync($"{Api}/surveys", new
            {
                propertyId, title = "季度满意度调查", periodStart = today.AddDays(-endDaysAgo - 90), periodEnd = today.AddDays(-endDaysAgo),
            })).ReadAsync(HttpStatusCode.Created);
            await (await head.PostJsonAsync($"{Api}/surveys/{TestCompany.IdOf(survey)}/responses", new
            {
                responses = units.Zip(scores, (unitId, score) => new { unitId, score }).ToArray(),
            })).ReadAsync(HttpStatusCode.OK);
        }
    }

    private static JsonElement Indicator(JsonElement report, string code) =>
        report.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("code").GetString() == code);

    private static void AssertFigure(JsonElement report, string code, decimal? value, decimal? previous)
    {
        var indicator = Indicator(report, code);
        Assert.Equal((code, value, previous), (code, Read(indicator.GetProperty("value")), Read(indicator.GetProperty("previousValue"))));
    }

    private static decimal? Read(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.GetDecimal();
}
