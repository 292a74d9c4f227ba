using System.Globalization;
using Estate.SharedKernel.Dashboard;
using Estate.SharedKernel.Reports;
using Estate.SharedKernel.Security;
using Estate.SharedKernel.Seeding;
using Estate.Testing;
using Npgsql;

namespace Estate.Modules.Finance.Tests;

/// <summary>
/// Finance's generated scale history is left as bill generation, payments and the refresher would leave it: every
/// unit's oldest open due date, and building figures with the generated runs and payments marked as added.
/// </summary>
[Collection(FinanceHostCollection.Name)]
public sealed class ScaleDataTests(FinanceHostFixture fixture)
{
    /// <summary>Units of company $1 whose oldest open due date is not that of their oldest unsettled bill.</summary>
    public const string WrongOldestOpenDueDates = """
        SELECT count(*) FROM finance.billable_units u
        WHERE u.organization_id = $1
          AND u.oldest_open_due_on IS DISTINCT FROM (
              SELECT min(b.due_on) FROM finance.bills b WHERE b.organization_id = u.organization_id AND b.unit_id = u.id AND b.settled_at IS NULL)
        """;

    [Fact]
    public async Task Generated_history_keeps_units_oldest_open_due_dates_and_the_same_dashboard_before_and_after_a_refresh()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        await GenerateAsync(company);
        var live = await DashboardAsync(company);

        await using (var scope = FinanceScope.For(fixture.Host, company.Id))
        {
            await scope.RunJobAsync("RefreshFinanceReportFigures");
        }

        Assert.Equal(0L, await fixture.Database.ScalarAsync<long>(WrongOldestOpenDueDates, company.Id));
        Assert.True(await fixture.Database.ScalarAsync<long>(
            "SELECT count(*) FROM finance.billable_units WHERE organization_id = $1 AND oldest_open_due_on IS NOT NULL", company.Id) > 10);
        Assert.True(await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM finance.building_due_figures WHERE organization_id = $1", company.Id) > 0);
        Assert.Equal(live, await DashboardAsync(company));
        var inArrears = await fixture.Database.ScalarAsync<long>(
            "SELECT count(DISTINCT unit_id) FROM finance.bills WHERE organization_id = $1 AND settled_at IS NULL AND due_on < $2", company.Id, CompanyTime.Today);
        Assert.Contains($"finance.units-in-arrears={inArrears}", live, StringComparison.Ordinal);
    }

    private async Task GenerateAsync(TestCompany company)
    {
        await using var connection = new NpgsqlConnection(fixture.Database.ConnectionString);
        await connection.OpenAsync();
        var context = new ScaleDataContext(
            company.Id,
            0,
            [new DemoProperty(company.PropertyIds[0], "北区"), new DemoProperty(company.PropertyIds[1], "南区")],
            [new DemoUser(company.StaffUserId("finance"), "finance.staff@scale.test", "吴出纳", PlatformRoles.Staff, "finance")],
            ScaleProfile.Small,
            DateTimeOffset.UtcNow,
            CompanyTime.Zone,
            connection);
        await using var scope = FinanceScope.For(fixture.Host, company.Id);
        var generator = scope.Resolve<IEnumerable<IScaleDataGenerator>>().Single(g => g.GetType().FullName == "Estate.Modules.Finance.Seeding.ScaleData");
        await generator.GenerateAsync(context, CancellationToken.None);
    }

    // The headline figures and the chart values of the last 70 days, as text.
    private async Task<string> DashboardAsync(TestCompany company)
    {
        await using var scope = FinanceScope.For(fixture.Host, company.Id);
        var source = scope.Resolve<IEnumerable<IDashboardSource>>().Single(s => s.ModuleId == "finance");
        var now = DateTimeOffset.UtcNow;
        var section = await source.BuildAsync(new DashboardQuery(new ReportPeriod(now.AddDays(-70), now.AddDays(1)), null), CancellationToken.None);
        return string.Join(
            "\n",
            [
                .. section.Headlines.Select(h => $"{h.Code}={h.Value?.ToString("0.##", CultureInfo.InvariantCulture)}"),
                .. section.Charts.SelectMany(c => c.Series.Select(s => $"{c.Code} {s.Name.En}: {string.Join(", ", s.Values.Select(v => v.ToString("0.##", CultureInfo.InvariantCulture)))}")),
            ]);
    }
}
