using System.Globalization;
using System.Net;
using System.Text.Json;
using Autofac;
using Estate.SharedKernel.Dashboard;
using Estate.SharedKernel.Reports;
using Estate.SharedKernel.Tenancy;
using Estate.Testing;

namespace Estate.Modules.Finance.Tests;

/// <summary>
/// The dashboard's collection by building reads the stored building figures once the company's figures are
/// refreshed, and units in arrears (on the dashboard and the meeting report's long arrears) are counted on the
/// units' oldest open due date: both stay exact. A twin company given the same history and never refreshed (all
/// live) shows the same after the refresh, after payments and a billing run made since, and after the next refresh;
/// a third company's records never count. The meeting report's arrears as they stand today, read from the building
/// figures, equal those of the arrears page (read from the open bills) at each of those steps.
/// </summary>
[Collection(FinanceHostCollection.Name)]
public sealed class StoredDashboardFiguresTests(FinanceHostFixture fixture)
{
    private static readonly DateOnly Today = CompanyTime.Today;

    [Fact]
    public async Task Collection_by_building_is_the_same_stored_and_live_whatever_happened_since_the_refresh()
    {
        var refreshed = await TestCompany.CreateAsync(fixture.Host);
        var live = await TestCompany.CreateAsync(fixture.Host);
        var other = await TestCompany.CreateAsync(fixture.Host);
        var units = await MakeHistoryAsync(refreshed, 1m);
        var twinUnits = await MakeHistoryAsync(live, 1m);
        var otherUnits = await MakeHistoryAsync(other, 7m);
        await (await other.PayAsync(otherUnits["3-101"], 70m, "O-1")).ReadAsync(HttpStatusCode.Created);
        var otherBefore = await ViewAsync(other);

        // Due 10 days ago: 1栋 150 (paid 100), 2栋 80 (paid 20), 3栋 60 (nothing); in arrears 1-102, 2-101 and 3-101,
        // which owes since 200 days ago.
        const string expected = "billed=290 collected=120 rate=41.4 in-arrears=3 over-180-days=1 | 1栋 150/100 66.7 | 2栋 80/20 25 | 3栋 60/0 0";
        Assert.Equal(expected, await SummaryAsync(live));
        Assert.Equal(expected, await SummaryAsync(refreshed));
        Assert.Equal("arrears_total=230/110 arrears_0_30=170/110 arrears_31_90=0/0 arrears_91_180=0/0 arrears_over_180=60/0", await ReportArrearsAsync(live));
        await AssertArrearsAsInLedgerAsync(live, refreshed);

        await RefreshAsync(refreshed);
        await RefreshAsync(other);
        Assert.True(await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM finance.building_due_figures WHERE organization_id = $1", refreshed.Id) > 0);
        Assert.Equal(expected, await SummaryAsync(refreshed));
        Assert.Equal(await ViewAsync(live), await ViewAsync(refreshed));
        await AssertArrearsAsInLedgerAsync(refreshed);

        // Paid after the refresh: the payments are not in the stored figures yet.
        foreach (var (company, unitsOf) in new[] { (refreshed, units), (live, twinUnits) })
        {
            await (await company.PayAsync(unitsOf["1-102"], 50m, "L-1")).ReadAsync(HttpStatusCode.Created);
            await (await company.PayAsync(unitsOf["3-101"], 100m, "L-2")).ReadAsync(HttpStatusCode.Created);
        }

        Assert.Equal("billed=290 collected=210 rate=72.4 in-arrears=2 over-180-days=0 | 1栋 150/150 100 | 2栋 80/20 25 | 3栋 60/40 66.7", await SummaryAsync(refreshed));
        Assert.Equal(await ViewAsync(live), await ViewAsync(refreshed));
        await AssertArrearsAsInLedgerAsync(live, refreshed);

        // A billing run after the refresh for a due date the figures already hold: 10 more per unit.
        foreach (var company in new[] { refreshed, live })
        {
            await company.AddFeeItemAsync("公共区域水电分摊", "perUnit", 10m);
            await company.GenerateAsync(CompanyTime.PeriodOf(Today.AddDays(-10)), Today.AddDays(-10));
        }

        const string afterRun = "billed=330 collected=210 rate=63.6 in-arrears=4 over-180-days=0 | 1栋 170/150 88.2 | 2栋 90/20 22.2 | 3栋 70/40 57.1";
        Assert.Equal(afterRun, await SummaryAsync(refreshed));
        Assert.Equal(await ViewAsync(live), await ViewAsync(refreshed));
        await AssertArrearsAsInLedgerAsync(live, refreshed);

        await RefreshAsync(refreshed);
        await RefreshAsync(refreshed);
        Assert.Equal(afterRun, await SummaryAsync(refreshed));
        Assert.Equal(await ViewAsync(live), await ViewAsync(refreshed));
        await AssertArrearsAsInLedgerAsync(refreshed);
        Assert.Equal(0L, await fixture.Database.ScalarAsync<long>(
            "SELECT count(*) FROM finance.payments WHERE organization_id = $1 AND NOT in_building_figures", refreshed.Id));
        Assert.Equal(otherBefore, await ViewAsync(other));
    }

    [Fact]
    public async Task Figures_refreshed_as_of_an_earlier_day_still_count_everything_since()
    {
        var refreshed = await TestCompany.CreateAsync(fixture.Host);
        var live = await TestCompany.CreateAsync(fixture.Host);
        await MakeHistoryAsync(refreshed, 1m);
        await MakeHistoryAsync(live, 1m);

        await RefreshAsync(refreshed, DateTimeOffset.UtcNow.AddDays(-20));

        Assert.Equal(await ViewAsync(live), await ViewAsync(refreshed));
    }

    // Units 1-101 (100 m²) and 1-102 (50 m²) in 1栋 and 2-101 (80 m²) in 2栋 of the north property, 3-101 (60 m²) in
    // 3栋 of the south one; bills at the price per m² due 200 and 10 days ago; 1-101 paid both, 1-102 the older one,
    // 2-101 the older one and 20 of the newer, 3-101 nothing.
    private static async Task<Dictionary<string, Guid>> MakeHistoryAsync(TestCompany company, decimal price)
    {
        var (north, south) = (company.PropertyIds[0], company.PropertyIds[1]);
        var created = new List<System.Text.Json.JsonElement>();
        created.AddRange(await company.AddUnitsAsync(north, "1栋", ("1-101", 100m), ("1-102", 50m)));
        created.AddRange(await company.AddUnitsAsync(north, "2栋", ("2-101", 80m)));
        created.AddRange(await company.AddUnitsAsync(south, "3栋", ("3-101", 60m)));
        var units = created.ToDictionary(u => u.GetProperty("number").GetString()!, u => u.Id());
        await company.AddFeeItemAsync("物业服务费", "perSquareMetre", price);
        foreach (var days in new[] { 200, 10 })
        {
            await company.GenerateAsync(CompanyTime.PeriodOf(Today.AddDays(-days)), Today.AddDays(-days));
        }

        await (await company.PayAsync(units["1-101"], 200m * price, "H-1", CompanyTime.At(Today.AddDays(-5), 10))).ReadAsync(HttpStatusCode.Created);
        await (await company.PayAsync(units["1-102"], 50m * price, "H-2", CompanyTime.At(Today.AddDays(-150), 10))).ReadAsync(HttpStatusCode.Created);
        await (await company.PayAsync(units["2-101"], 100m * price, "H-3", CompanyTime.At(Today.AddDays(-3), 10))).ReadAsync(HttpStatusCode.Created);
        return units;
    }

    // Everything the dashboard shows for the company and for its north property, in one comparable text.
    private async Task<string> ViewAsync(TestCompany company) =>
        $"{await SummaryAsync(company)}\n{Summary(await SectionAsync(company, company.PropertyIds[0]))}";

    // The company's dashboard summary with the report's long arrears after its headline figures.
    private async Task<string> SummaryAsync(TestCompany company)
    {
        var summary = Summary(await SectionAsync(company));
        var headlinesEnd = summary.IndexOf(" | ", StringComparison.Ordinal);
        return summary.Insert(headlinesEnd < 0 ? summary.Length : headlinesEnd, $" over-180-days={await LongArrearsAsync(company)}");
    }

    // The units the meeting report of the last 30 days names as over 180 days in arrears (0 without the problem).
    private async Task<int> LongArrearsAsync(TestCompany company)
    {
        var problem = (await ReportAsync(company)).OpenProblems.SingleOrDefault(p => p.Title.StartsWith("长期欠费：", StringComparison.Ordinal));
        return problem is null ? 0 : int.Parse(problem.Title["长期欠费：".Length..problem.Title.IndexOf(" 户", StringComparison.Ordinal)], CultureInfo.InvariantCulture);
    }

    // Finance's meeting report of the last 30 days through today.
    private async Task<DepartmentReport> ReportAsync(TestCompany company)
    {
        await using var scope = FinanceScope.For(fixture.Host, company.Id);
        var period = new ReportPeriod(CompanyTime.At(Today.AddDays(-30), 0), CompanyTime.At(Today.AddDays(1), 0));
        return await scope.Resolve<IEnumerable<IDepartmentReportSource>>().Single(s => s.ModuleId == "finance").BuildAsync(period, CancellationToken.None);
    }

    private async Task AssertArrearsAsInLedgerAsync(params TestCompany[] companies)
    {
        foreach (var company in companies)
        {
            Assert.Equal(await LedgerArrearsAsync(company), await ReportArrearsAsync(company));
        }
    }

    // The report's arrears at the period's end (today): each bucket for the company / for its north property.
    private async Task<string> ReportArrearsAsync(TestCompany company)
    {
        var north = company.PropertyIds[0];
        return string.Join(' ', (await ReportAsync(company)).Indicators
            .Where(i => i.Code.StartsWith("arrears_", StringComparison.Ordinal))
            .Select(i => $"{i.Code}={Format(i.Value)}/{Format(i.ByProperty.Single(p => p.PropertyId == north).Value)}"));
    }

    // The same from the arrears page, which reads today's open bills.
    private static async Task<string> LedgerArrearsAsync(TestCompany company)
    {
        var arrears = await company.Manager.GetJsonAsync($"{FinanceRequests.Api}/arrears");
        var north = arrears.GetProperty("byProperty").EnumerateArray().Where(p => p.GetProperty("propertyId").GetGuid() == company.PropertyIds[0]).ToList();
        decimal Bucket(JsonElement figures, string code) =>
            figures.GetProperty("ageing").EnumerateArray().Single(b => b.GetProperty("code").GetString() == code).GetProperty("amount").GetDecimal();
        string Figure(string name, Func<JsonElement, decimal> amount) => $"{name}={Format(amount(arrears))}/{Format(north.Sum(amount))}";
        return string.Join(
            ' ',
            Figure("arrears_total", f => f.GetProperty("total").GetDecimal()),
            Figure("arrears_0_30", f => Bucket(f, "0-30")),
            Figure("arrears_31_90", f => Bucket(f, "31-90")),
            Figure("arrears_91_180", f => Bucket(f, "91-180")),
            Figure("arrears_over_180", f => Bucket(f, "over-180")));
    }

    private async Task<DashboardSection> SectionAsync(TestCompany company, Guid? propertyId = null)
    {
        var root = (ILifetimeScope)fixture.Host.Services.GetService(typeof(ILifetimeScope))!;
        await using var scope = root.BeginLifetimeScope();
        scope.Resolve<TenantContext>().SetSystem(company.Id);
        var source = scope.Resolve<IEnumerable<IDashboardSource>>().Single(s => s.ModuleId == "finance");
        var now = DateTimeOffset.UtcNow;
        return await source.BuildAsync(new DashboardQuery(new ReportPeriod(now.AddDays(-70), now.AddDays(1)), propertyId), CancellationToken.None);
    }

    // The headline sums and, per building, billed/collected and the rate (values compared as numbers, not by scale).
    private static string Summary(DashboardSection section)
    {
        decimal? Headline(string code) => section.Headlines.Single(h => h.Code == code).Value;
        var rates = section.Charts.Single(c => c.Code == "finance.collection-rate-by-building");
        var money = section.Charts.Single(c => c.Code == "finance.billed-vs-collected");
        var buildings = rates.Labels.Select((label, i) =>
            $"{label.Zh} {Format(money.Series[0].Values[i])}/{Format(money.Series[1].Values[i])} {Format(rates.Series[0].Values[i])}");
        return string.Join(
            " | ",
            [
                $"billed={Format(Headline("finance.billed"))} collected={Format(Headline("finance.collected"))} rate={Format(Headline("finance.collection-rate"))} "
                + $"in-arrears={Format(Headline("finance.units-in-arrears"))}",
                .. buildings,
            ]);
    }

    private static string Format(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "—";

    private async Task RefreshAsync(TestCompany company, DateTimeOffset? at = null)
    {
        await using var scope = FinanceScope.For(fixture.Host, company.Id, at);
        await scope.RunJobAsync("RefreshFinanceReportFigures");
    }
}
