using System.Net;
using System.Text.Json;
using Estate.Testing;

namespace Estate.Modules.Finance.Tests;

/// <summary>Finance's meeting report, on figures made for it.</summary>
[Collection(FinanceHostCollection.Name)]
public sealed class MeetingReportTests(FinanceHostFixture fixture)
{
    [Fact]
    public async Task The_report_shows_collection_rate_and_its_change_arrears_and_ageing_budget_use_and_fund_requests()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        var today = CompanyTime.Today;
        var (north, south) = (company.PropertyIds[0], company.PropertyIds[1]);
        var northUnit = (await company.AddUnitsAsync(north, "1栋", ("1-101", 100m)))[0];
        var southUnit = (await company.AddUnitsAsync(south, "2栋", ("2-101", 100m)))[0];
        await company.AddFeeItemAsync("物业服务费", "perSquareMetre", 1m);
        // The previous period's bills (due 40 days ago) were paid in it; of this period's (due 5 days ago) only the north unit paid.
        await company.GenerateAsync(CompanyTime.PeriodOf(today.AddDays(-40)), today.AddDays(-40));
        await company.GenerateAsync(CompanyTime.PeriodOf(today.AddDays(-5)), today.AddDays(-5));
        await (await company.PayAsync(northUnit.Id(), 100m, "R-1", CompanyTime.At(today.AddDays(-35), 10))).ReadAsync(HttpStatusCode.Created);
        await (await company.PayAsync(southUnit.Id(), 100m, "R-2", CompanyTime.At(today.AddDays(-35), 11))).ReadAsync(HttpStatusCode.Created);
        await (await company.PayAsync(northUnit.Id(), 100m, "R-3")).ReadAsync(HttpStatusCode.Created);
        await company.SetBudgetAsync("engineering", today.Year, 100_000m);
        var approved = await company.AskForFundsAsync("engineering", 20_000m, "路灯更换");
        await (await company.DecideAsync(approved.Id(), new { decision = "approved" })).ReadAsync(HttpStatusCode.OK);
        var waiting = await company.AskForFundsAsync("engineering", 10_000m, "水泵保养");

        var report = await company.Manager.GetJsonAsync($"{FinanceRequests.Api}/reports/meeting?from={CompanyTime.Iso(today.AddDays(-30))}&to={CompanyTime.Iso(today.AddDays(1))}");

        Assert.Equal("finance", report.GetProperty("moduleId").GetString());
        var rate = Indicator(report, "collection_rate");
        Assert.Equal(50m, rate.Decimal("value"));
        Assert.Equal(100m, rate.Decimal("previousValue"));
        Assert.Equal(-50m, rate.Decimal("change"));
        Assert.Equal(95m, rate.GetProperty("target").Decimal("value"));
        Assert.Equal(100m, ByProperty(rate, north));
        Assert.Equal(0m, ByProperty(rate, south));
        Assert.Equal((200m, 200m), Figures(report, "amount_due"));
        Assert.Equal((100m, 200m), Figures(report, "amount_received"));
        Assert.Equal((100m, 0m), Figures(report, "arrears_total"));
        Assert.Equal((100m, 0m), Figures(report, "arrears_0_30"));
        Assert.Equal((0m, 0m), Figures(report, "arrears_over_180"));
        Assert.Equal(100m, ByProperty(Indicator(report, "arrears_total"), south));
        Assert.Equal(20m, Indicator(report, "budget_use.engineering").Decimal("value"));
        Assert.Equal("预算使用率 · 工程维修", Indicator(report, "budget_use.engineering").GetProperty("nameZh").GetString());
        Assert.Equal((1m, 0m), Figures(report, "fund_requests_waiting"));
        Assert.Equal((1m, 0m), Figures(report, "fund_requests_decided"));
        Assert.Equal((20_000m, 0m), Figures(report, "fund_requests_approved_amount"));
        Assert.Contains(report.GetProperty("openProblems").EnumerateArray(), p => p.GetProperty("recordId").ValueKind == JsonValueKind.String && p.GetProperty("recordId").GetGuid() == waiting.Id());
        Assert.Contains(report.GetProperty("highlights").EnumerateArray(), h => h.GetString()!.Contains("收缴率 50%", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_report_defaults_to_the_last_30_days_and_refuses_a_reversed_period()
    {
        var report = await fixture.CompanyA.ReadOnly.GetJsonAsync($"{FinanceRequests.Api}/reports/meeting");
        var reversed = await fixture.CompanyA.ReadOnly.GetJsonAsync(
            $"{FinanceRequests.Api}/reports/meeting?from={CompanyTime.Iso(CompanyTime.Today)}&to={CompanyTime.Iso(CompanyTime.Today.AddDays(-3))}", HttpStatusCode.BadRequest);

        var period = report.GetProperty("period");
        Assert.Equal(TimeSpan.FromDays(30), period.GetProperty("to").GetDateTimeOffset() - period.GetProperty("from").GetDateTimeOffset());
        Assert.Equal(["to"], reversed.ErrorFields());
    }

    private static JsonElement Indicator(JsonElement report, string code) =>
        report.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("code").GetString() == code);

    private static (decimal Value, decimal Previous) Figures(JsonElement report, string code)
    {
        var indicator = Indicator(report, code);
        return (indicator.Decimal("value"), indicator.Decimal("previousValue"));
    }

    private static decimal ByProperty(JsonElement indicator, Guid propertyId) =>
        indicator.GetProperty("byProperty").EnumerateArray().Single(p => p.GetProperty("propertyId").GetGuid() == propertyId).Decimal("value");
}
