using System.Net;
using System.Text.Json;
using Estate.SharedKernel.Reports;
using Estate.Testing;

namespace Estate.Modules.Finance.Tests;

/// <summary>
/// Finance's meeting report reads the stored per-day figures for the days the refresher covers and the rest live:
/// either way it shows the same figures.
/// </summary>
[Collection(FinanceHostCollection.Name)]
public sealed class ReportFiguresTests(FinanceHostFixture fixture)
{
    private static readonly DateOnly Today = CompanyTime.Today;

    [Fact]
    public async Task The_report_is_the_same_live_and_from_the_figures_and_a_payment_made_after_a_refresh_still_counts()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        var southUnit = await MakeHistoryAsync(company);
        var other = await TestCompany.CreateAsync(fixture.Host);
        await MakeHistoryAsync(other);
        var live = await ViewsAsync(company);
        var otherLive = await ViewsAsync(other);

        // Twenty days ago: the figures cover up to the day before and the rest is live.
        await RefreshAsync(company, DateTimeOffset.UtcNow.AddDays(-20));
        Assert.Equal(live, await ViewsAsync(company));
        await RefreshAsync(company);
        Assert.Equal(live, await ViewsAsync(company));
        await RefreshAsync(company);
        Assert.Equal(live, await ViewsAsync(company));
        await RefreshAsync(other);
        Assert.Equal(otherLive, await ViewsAsync(other));
        Assert.Equal(live, await ViewsAsync(company));

        var month = new ReportPeriod(CompanyTime.At(Today.AddDays(-30), 0), CompanyTime.At(Today.AddDays(1), 0));
        var before = Value(await ReportAsync(company, month), "amount_received");
        await (await company.PayAsync(southUnit, 30m, "R-LATE")).ReadAsync(HttpStatusCode.Created);
        Assert.Equal(before + 30m, Value(await ReportAsync(company, month), "amount_received"));
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
        var covered = new ReportPeriod(CompanyTime.At(Today.AddDays(-60), 0), CompanyTime.At(Today.AddDays(-2), 0));
        Assert.Equal(0m, Value(await ReportAsync(other, covered), "amount_received"));
        Assert.Equal(310m, Value(await ReportAsync(company, covered), "amount_received"));
    }

    // Bills due 100, 40 and 5 days ago for a north and a south unit; payments on time, late, ahead and in part.
    private static async Task<Guid> MakeHistoryAsync(TestCompany company)
    {
        var (north, south) = (company.PropertyIds[0], company.PropertyIds[1]);
        var northUnit = (await company.AddUnitsAsync(north, "1栋", ("1-101", 100m)))[0].Id();
        var southUnit = (await company.AddUnitsAsync(south, "2栋", ("2-101", 100m)))[0].Id();
        await company.AddFeeItemAsync("物业服务费", "perSquareMetre", 1m);
        foreach (var days in new[] { 100, 40, 5 })
        {
            await company.GenerateAsync(CompanyTime.PeriodOf(Today.AddDays(-days)), Today.AddDays(-days));
        }

        await (await company.PayAsync(northUnit, 100m, "R-1", CompanyTime.At(Today.AddDays(-95), 10))).ReadAsync(HttpStatusCode.Created);
        await (await company.PayAsync(southUnit, 100m, "R-2", CompanyTime.At(Today.AddDays(-30), 23, 30))).ReadAsync(HttpStatusCode.Created);
        await (await company.PayAsync(northUnit, 150m, "R-3", CompanyTime.At(Today.AddDays(-38), 0, 10))).ReadAsync(HttpStatusCode.Created);
        await (await company.PayAsync(southUnit, 60m, "R-4", CompanyTime.At(Today.AddDays(-3), 9))).ReadAsync(HttpStatusCode.Created);
        return southUnit;
    }

    // The report for the last month up to tomorrow, a covered stretch, and a period of partial days.
    private async Task<string> ViewsAsync(TestCompany company)
    {
        ReportPeriod[] periods =
        [
            new(CompanyTime.At(Today.AddDays(-30), 0), CompanyTime.At(Today.AddDays(1), 0)),
            new(CompanyTime.At(Today.AddDays(-60), 0), CompanyTime.At(Today.AddDays(-2), 0)),
            new(CompanyTime.At(Today.AddDays(-50), 5, 30), CompanyTime.At(Today.AddDays(-3), 15)),
        ];
        var views = new List<string>();
        foreach (var period in periods)
        {
            var report = await ReportAsync(company, period);
            views.Add(JsonSerializer.Serialize(new { report.Indicators, report.Highlights, report.OpenProblems }));
        }

        return string.Join("\n", views);
    }

    private async Task<DepartmentReport> ReportAsync(TestCompany company, ReportPeriod period)
    {
        await using var scope = FinanceScope.For(fixture.Host, company.Id);
        return await scope.Resolve<IEnumerable<IDepartmentReportSource>>().Single(s => s.ModuleId == "finance").BuildAsync(period, CancellationToken.None);
    }

    private static decimal? Value(DepartmentReport report, string code) => report.Indicators.Single(i => i.Code == code).Value;

    private async Task RefreshAsync(TestCompany company, DateTimeOffset? at = null)
    {
        await using var scope = FinanceScope.For(fixture.Host, company.Id, at);
        await scope.RunJobAsync("RefreshFinanceReportFigures");
    }
}
