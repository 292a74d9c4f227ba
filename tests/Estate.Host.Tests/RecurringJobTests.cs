using System.Net;
using Estate.Testing;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace Estate.Host.Tests;

[Collection(PlatformHostCollection.Name)]
public sealed class RecurringJobTests(PlatformHostFixture fixture)
{
    [Fact]
    public async Task The_overdue_job_runs_through_hangfire_for_each_company_with_its_own_tenant()
    {
        var withEngineering = await TestCompany.CreateAsync(fixture.Host);
        var switchedOff = await TestCompany.CreateAsync(fixture.Host);
        var late = TestCompany.IdOf(await withEngineering.Staff("engineering").OpenWorkOrderAsync(withEngineering.PropertyIds[0], "Late repair", "urgent"));
        var onTime = TestCompany.IdOf(await withEngineering.Staff("engineering").OpenWorkOrderAsync(withEngineering.PropertyIds[0], "Fresh repair", "low"));
        var lateButOff = TestCompany.IdOf(await switchedOff.Staff("engineering").OpenWorkOrderAsync(switchedOff.PropertyIds[0], "Late, module off", "urgent"));
        await fixture.Database.ExecuteAsync("UPDATE engineering.work_orders SET deadline = now() - interval '1 hour' WHERE id = ANY($1)", new[] { late, lateButOff });
        await (await switchedOff.Admin.PutJsonAsync("/api/platform/modules/engineering", new { enabled = false })).ReadAsync(HttpStatusCode.OK);

        fixture.Host.Services.GetRequiredService<IRecurringJobManager>().Trigger("engineering.flag-overdue-work-orders");

        var flagged = await Eventually.ReachesAsync(
            async () => await (await withEngineering.Staff("engineering").GetAsync($"/api/engineering/work-orders/{late}")).ReadAsync(HttpStatusCode.OK),
            body => body.GetProperty("isOverdue").GetBoolean(),
            "the late work order to be flagged overdue");
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, flagged.GetProperty("overdueSince").ValueKind);
        var fresh = await (await withEngineering.Staff("engineering").GetAsync($"/api/engineering/work-orders/{onTime}")).ReadAsync(HttpStatusCode.OK);
        Assert.False(fresh.GetProperty("isOverdue").GetBoolean());
        Assert.False(await fixture.Database.ScalarAsync<bool>("SELECT is_overdue FROM engineering.work_orders WHERE id = $1", lateButOff));
        var stampedTenants = await fixture.Database.ColumnAsync("SELECT value FROM hangfire.jobparameter WHERE name = 'TenantId'");
        Assert.Contains(stampedTenants, v => v.Contains(withEngineering.Id.ToString(), StringComparison.Ordinal));
        Assert.DoesNotContain(stampedTenants, v => v.Contains(switchedOff.Id.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_recurring_job_runs_in_its_companys_time_zone()
    {
        // Pago Pago (UTC-11) is 19 hours behind Shanghai, the default: most of the day their dates differ.
        const string zoneId = "Pacific/Pago_Pago";
        var company = await TestCompany.CreateAsync(fixture.Host, modules: ["engineering"], timeZone: zoneId);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var yesterdayBefore = YesterdayIn(zone);

        fixture.Host.Services.GetRequiredService<IRecurringJobManager>().Trigger("engineering.refresh-report-figures");

        var covered = await Eventually.ReachesAsync(
            () => fixture.Database.ScalarAsync<string>(
                "SELECT coalesce((SELECT covered_through::text FROM engineering.report_figures_coverage WHERE organization_id = $1), '')", company.Id),
            value => value.Length > 0,
            "the company's report figures to be refreshed");
        // The refresh covers complete days of the company's calendar: through its yesterday (read around the run, for midnight).
        Assert.Contains(DateOnly.Parse(covered, System.Globalization.CultureInfo.InvariantCulture), new[] { yesterdayBefore, YesterdayIn(zone) });
    }

    private static DateOnly YesterdayIn(TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone).DateTime).AddDays(-1);
}
