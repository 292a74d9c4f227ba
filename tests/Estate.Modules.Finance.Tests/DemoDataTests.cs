using System.Net;
using Estate.SharedKernel.Security;
using Estate.SharedKernel.Seeding;
using Estate.Testing;

namespace Estate.Modules.Finance.Tests;

[Collection(FinanceHostCollection.Name)]
public sealed class DemoDataTests(FinanceHostFixture fixture)
{
    [Fact]
    public async Task Demo_finance_bills_customer_services_units_with_a_believable_collection_rate_and_is_added_only_once()
    {
        var company = await TestCompany.CreateAsync(fixture.Host);
        var demo = Demo(company);
        await using (var scope = FinanceScope.For(fixture.Host, company.Id))
        {
            await scope.SeedCustomerServiceAsync(demo);
        }

        await SeedAsync(demo);
        var counts = await CountsAsync(company);
        await SeedAsync(demo);

        Assert.Equal(counts, await CountsAsync(company));
        Assert.Equal(0L, await ScalarAsync(company, ScaleDataTests.WrongOldestOpenDueDates));
        Assert.True(await ScalarAsync(company, "SELECT count(*) FROM finance.billable_units WHERE organization_id = $1 AND oldest_open_due_on IS NOT NULL") > 0);
        Assert.InRange(counts.Bills, 2000, 10000);
        Assert.True(counts.Payments > 500 && counts.FundRequests >= 6 && counts.Expenses > 10, counts.ToString());
        var older = await company.ReadOnly.GetJsonAsync($"{FinanceRequests.Api}/collection?period={CompanyTime.Period(-3)}");
        Assert.InRange(older.Decimal("rate"), 85m, 95m);
        var arrears = await company.Manager.GetJsonAsync($"{FinanceRequests.Api}/arrears");
        Assert.All(arrears.GetProperty("ageing").EnumerateArray(), bucket => Assert.True(bucket.Decimal("amount") > 0, bucket.ToString()));
        var pending = await company.Manager.GetJsonAsync($"{FinanceRequests.Api}/fund-requests?status=pending");
        var rejected = await company.Manager.GetJsonAsync($"{FinanceRequests.Api}/fund-requests?status=rejected");
        Assert.True(pending.GetProperty("totalCount").GetInt32() > 0 && rejected.GetProperty("totalCount").GetInt32() > 0);
        var report = await company.Manager.GetJsonAsync($"{FinanceRequests.Api}/reports/meeting");
        Assert.NotEmpty(report.GetProperty("openProblems").EnumerateArray());
        var rate = report.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "collection_rate");
        Assert.Equal(System.Text.Json.JsonValueKind.Number, rate.GetProperty("value").ValueKind);
    }

    [Fact]
    public async Task Without_units_to_bill_the_demo_seeds_no_bills_and_says_why()
    {
        var company = await TestCompany.CreateAsync(fixture.Host, modules: ["finance", "engineering"]);

        await SeedAsync(Demo(company));

        Assert.Equal(0L, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM finance.bills WHERE organization_id = $1", company.Id));
        Assert.True(await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM finance.budgets WHERE organization_id = $1", company.Id) > 0);
        Assert.Contains(fixture.Host.Logs.Entries, e => e.Message.Contains("No units are visible to finance", StringComparison.Ordinal));
    }

    private static DemoCompany Demo(TestCompany company) => new(
        company.Id,
        [new DemoProperty(company.PropertyIds[0], "阳光花园"), new DemoProperty(company.PropertyIds[1], "翠湖苑")],
        [
            new DemoUser(company.HeadUserId("finance"), "finance.head@demo.test", "钱会计", PlatformRoles.DepartmentHead, "finance"),
            new DemoUser(company.StaffUserId("finance"), "finance.staff@demo.test", "吴出纳", PlatformRoles.Staff, "finance"),
        ]);

    private async Task SeedAsync(DemoCompany demo)
    {
        await using var scope = FinanceScope.For(fixture.Host, demo.OrganizationId);
        await scope.SeedDemoAsync(demo);
    }

    private async Task<(long Bills, long Payments, long FundRequests, long Expenses, long Spaces)> CountsAsync(TestCompany company) => (
        await ScalarAsync(company, "SELECT count(*) FROM finance.bills WHERE organization_id = $1"),
        await ScalarAsync(company, "SELECT count(*) FROM finance.payments WHERE organization_id = $1"),
        await ScalarAsync(company, "SELECT count(*) FROM finance.fund_requests WHERE organization_id = $1"),
        await ScalarAsync(company, "SELECT count(*) FROM finance.expenses WHERE organization_id = $1"),
        await ScalarAsync(company, "SELECT count(*) FROM finance.parking_spaces WHERE organization_id = $1"));

    private Task<long> ScalarAsync(TestCompany company, string sql) => fixture.Database.ScalarAsync<long>(sql, company.Id);
}
