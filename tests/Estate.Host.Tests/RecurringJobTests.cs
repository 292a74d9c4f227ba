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
}
